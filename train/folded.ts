import type { EmbeddingBagGraphSpec } from '../modelgen/onnx/embedding-bag-graph';
import { featureRows, type FeatureSpace } from './features';
import type { BagModel } from './model';

/**
 * Folds the linear layer into the embedding table (mean pooling and the layer are both linear, so
 * logits = mean over features of (W e_f) + b exactly) and quantises the per-feature logit table to
 * int8 with one scale per label. This is what ships; `foldedLogits` is its exact JS forward pass.
 */
export function foldAndQuantize(model: BagModel, space: FeatureSpace): EmbeddingBagGraphSpec {
  const { dim, labels } = model;
  const folded = new Float32Array(model.rows * labels);
  for (let r = 0; r < model.rows; r++) {
    const eBase = r * dim;
    for (let l = 0; l < labels; l++) {
      let s = 0;
      const wBase = l * dim;
      for (let k = 0; k < dim; k++) s += model.weights[wBase + k] * model.embeddings[eBase + k];
      folded[r * labels + l] = s;
    }
  }
  const uni = quantize(folded.subarray(0, space.unigramRows * labels), labels);
  const bi = quantize(folded.subarray(space.unigramRows * labels), labels);
  return {
    labels,
    remap: space.remap,
    unigramTable: uni.table,
    unigramScale: uni.scale,
    bigramBuckets: space.bigramBuckets,
    bigramPrime: space.bigramPrime,
    bigramTable: bi.table,
    bigramScale: bi.scale,
    bias: model.bias.slice(),
    poolPower: model.poolPower,
  };
}

function quantize(values: Float32Array, labels: number): { table: Int8Array; scale: Float32Array } {
  const scale = new Float32Array(labels);
  for (let i = 0; i < values.length; i++) scale[i % labels] = Math.max(scale[i % labels], Math.abs(values[i]));
  for (let l = 0; l < labels; l++) scale[l] = scale[l] > 0 ? scale[l] / 127 : 1;
  const table = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) table[i] = Math.max(-127, Math.min(127, Math.round(values[i] / scale[i % labels])));
  return { table, scale };
}

/** Logits of the shipped (folded, int8) model for each text's piece ids, flat n x labels. */
export function foldedLogits(spec: EmbeddingBagGraphSpec, space: FeatureSpace, idsOfTexts: Int32Array[]): Float32Array {
  const L = spec.labels;
  const out = new Float32Array(idsOfTexts.length * L);
  const uniSum = new Float64Array(L);
  const biSum = new Float64Array(L);
  idsOfTexts.forEach((ids, index) => {
    const rows = featureRows(ids, space);
    uniSum.fill(0);
    biSum.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const isUni = i < ids.length;
      const table = isUni ? spec.unigramTable : spec.bigramTable;
      const base = (isUni ? rows[i] : rows[i] - space.unigramRows) * L;
      const sums = isUni ? uniSum : biSum;
      for (let l = 0; l < L; l++) sums[l] += table[base + l];
    }
    const count = Math.pow(Math.max(1, rows.length), spec.poolPower);
    for (let l = 0; l < L; l++) {
      out[index * L + l] = (uniSum[l] * spec.unigramScale[l] + biSum[l] * spec.bigramScale[l]) / count + spec.bias[l];
    }
  });
  return out;
}
