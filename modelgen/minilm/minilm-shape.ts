/** The dimensions of a BERT/MiniLM encoder; the defaults are those of the MiniLMv2-L6-H384 reference models. */
export interface MiniLmShape {
  layers: number;
  hidden: number;
  heads: number;
  intermediate: number;
  maxPositions: number;
  typeVocab: number;
  layerNormEps: number;
}

export const MINILM_L6_H384: MiniLmShape = {
  layers: 6,
  hidden: 384,
  heads: 12,
  intermediate: 1536,
  maxPositions: 512,
  typeVocab: 2,
  layerNormEps: 1e-12,
};

/** BERT's initializer_range: weights drawn from N(0, 0.02²) like a freshly initialised checkpoint. */
export const INITIALIZER_STD = 0.02;

/** Additive attention bias for padded positions, as in the classic BERT export ((1 - mask) * -10000). */
export const MASKED_POSITION_BIAS = -10000;
