import { OnnxGraphBuilder } from '../onnx/graph-builder';
import { BertGraphOps, WeightQuantization } from './graph-ops';
import { INITIALIZER_STD, MASKED_POSITION_BIAS, MiniLmShape } from './minilm-shape';
import { SeededRandom } from '../seeded-random';

export interface MiniLmGraphOptions {
  vocabSize: number;
  labelCount: number;
  shape: MiniLmShape;
  quantization: WeightQuantization;
  seed: number;
}

const BATCH = 'batch_size';
const SEQUENCE = 'sequence_length';

/**
 * A random-weight BertForSequenceClassification as ONNX (opset 17), with the inputs and output of a
 * Hugging Face export. Weights are drawn in a fixed order from the seed, so fp32 and int8 builds of one
 * seed hold the same network (int8 is its quantized copy).
 */
export function buildMiniLmOnnx(options: MiniLmGraphOptions): Uint8Array {
  const { shape, vocabSize, labelCount } = options;
  if (shape.hidden % shape.heads !== 0) throw new Error(`hidden ${shape.hidden} is not divisible by heads ${shape.heads}`);
  const random = new SeededRandom(options.seed);
  const weights = (count: number): Float32Array => random.normalArray(count, INITIALIZER_STD);
  const graph = new OnnxGraphBuilder('bert_sequence_classifier');
  const ops = new BertGraphOps(graph, options.quantization);

  const inputIds = graph.input('input_ids', 'int64', [BATCH, SEQUENCE]);
  const attentionMask = graph.input('attention_mask', 'int64', [BATCH, SEQUENCE]);
  const tokenTypeIds = graph.input('token_type_ids', 'int64', [BATCH, SEQUENCE]);
  graph.output('logits', 'float', [BATCH, labelCount]);

  let hiddenStates = embeddings(ops, random, options, inputIds, tokenTypeIds);
  const maskBias = attentionMaskBias(ops, attentionMask);
  for (let layer = 0; layer < shape.layers; layer++) {
    hiddenStates = encoderLayer(ops, weights, shape, `bert.encoder.layer.${layer}`, hiddenStates, maskBias);
  }

  // Pooler: dense + tanh on the [CLS] position, then the classification head.
  const cls = graph.node('Gather', [hiddenStates, ops.int64Scalar(0)], { axis: 1 });
  const pooled = graph.node('Tanh', [ops.linear('bert.pooler.dense', cls, weights(shape.hidden * shape.hidden), weights(shape.hidden), [shape.hidden, shape.hidden])]);
  ops.linear('classifier', pooled, weights(shape.hidden * labelCount), weights(labelCount), [shape.hidden, labelCount], 'logits');
  return graph.toBytes(17);
}

function embeddings(ops: BertGraphOps, random: SeededRandom, options: MiniLmGraphOptions, inputIds: string, tokenTypeIds: string): string {
  const { graph } = ops;
  const { hidden, maxPositions, typeVocab, layerNormEps } = options.shape;
  const table = (rows: number): Float32Array => random.normalArray(rows * hidden, INITIALIZER_STD);
  const words = ops.embeddingLookup('bert.embeddings.word_embeddings', table(options.vocabSize), [options.vocabSize, hidden], inputIds);
  // Position ids 0..sequence_length-1, computed from the input's shape like the export does.
  const sequenceLength = graph.node('Gather', [graph.node('Shape', [inputIds]), ops.int64Scalar(1)], { axis: 0 });
  const positionIds = graph.node('Range', [ops.int64Scalar(0), sequenceLength, ops.int64Scalar(1)]);
  const positions = ops.embeddingLookup('bert.embeddings.position_embeddings', table(maxPositions), [maxPositions, hidden], positionIds);
  const tokenTypes = ops.embeddingLookup('bert.embeddings.token_type_embeddings', table(typeVocab), [typeVocab, hidden], tokenTypeIds);
  const summed = graph.node('Add', [graph.node('Add', [words, tokenTypes]), positions]);
  return ops.layerNorm('bert.embeddings.LayerNorm', summed, hidden, layerNormEps);
}

/** [batch, 1, 1, seq] float bias: 0 where attended, -10000 where padded. */
function attentionMaskBias(ops: BertGraphOps, attentionMask: string): string {
  const { graph } = ops;
  const mask = graph.node('Cast', [attentionMask], { to: 1 });
  const broadcastable = graph.node('Unsqueeze', [mask, ops.int64Vector('mask_unsqueeze_axes', [1, 2])]);
  const inverted = graph.node('Sub', [ops.floatScalar(1), broadcastable]);
  return graph.node('Mul', [inverted, ops.floatScalar(MASKED_POSITION_BIAS)]);
}

function encoderLayer(
  ops: BertGraphOps,
  weights: (count: number) => Float32Array,
  shape: MiniLmShape,
  prefix: string,
  input: string,
  maskBias: string,
): string {
  const { graph } = ops;
  const { hidden, heads, intermediate, layerNormEps } = shape;
  const headSize = hidden / heads;
  const square: [number, number] = [hidden, hidden];
  const splitHeads = ops.int64Vector(`${prefix}.attention.split_heads_shape`, [0, 0, heads, headSize]);
  const mergeHeads = ops.int64Vector(`${prefix}.attention.merge_heads_shape`, [0, 0, hidden]);
  const projectHeads = (name: string, perm: number[]): string => {
    const projected = ops.linear(`${prefix}.attention.self.${name}`, input, weights(hidden * hidden), weights(hidden), square);
    return graph.node('Transpose', [graph.node('Reshape', [projected, splitHeads])], { perm });
  };

  const query = projectHeads('query', [0, 2, 1, 3]); // [b, heads, seq, headSize]
  const keyT = projectHeads('key', [0, 2, 3, 1]); // [b, heads, headSize, seq]
  const value = projectHeads('value', [0, 2, 1, 3]);
  const scores = graph.node('Mul', [graph.node('MatMul', [query, keyT]), ops.floatScalar(1 / Math.sqrt(headSize))]);
  const probabilities = graph.node('Softmax', [graph.node('Add', [scores, maskBias])], { axis: -1 });
  const context = graph.node('Reshape', [graph.node('Transpose', [graph.node('MatMul', [probabilities, value])], { perm: [0, 2, 1, 3] }), mergeHeads]);
  const attentionOut = ops.linear(`${prefix}.attention.output.dense`, context, weights(hidden * hidden), weights(hidden), square);
  const attended = ops.layerNorm(`${prefix}.attention.output.LayerNorm`, graph.node('Add', [attentionOut, input]), hidden, layerNormEps);

  const expanded = ops.gelu(ops.linear(`${prefix}.intermediate.dense`, attended, weights(hidden * intermediate), weights(intermediate), [hidden, intermediate]));
  const contracted = ops.linear(`${prefix}.output.dense`, expanded, weights(intermediate * hidden), weights(hidden), [intermediate, hidden]);
  return ops.layerNorm(`${prefix}.output.LayerNorm`, graph.node('Add', [contracted, attended]), hidden, layerNormEps);
}
