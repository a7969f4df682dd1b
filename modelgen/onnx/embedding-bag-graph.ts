import { OnnxGraphBuilder } from './graph-builder';

/**
 * The folded fastText-style classifier as ONNX (opset 17): per-feature logit contributions are
 * looked up for every piece (through a piece-id remap) and every hashed piece bigram, averaged over
 * the attention mask, plus a bias. Tables are int8 with one float scale per label.
 */
export interface EmbeddingBagGraphSpec {
  labels: number;
  /** piece id -> unigram table row. */
  remap: Int32Array;
  unigramTable: Int8Array;
  unigramScale: Float32Array;
  /** 0 = no bigram features. */
  bigramBuckets: number;
  bigramPrime: number;
  bigramTable: Int8Array;
  bigramScale: Float32Array;
  bias: Float32Array;
  /** The feature sum is divided by count^poolPower (1 = mean pooling). */
  poolPower: number;
}

const int64 = (...values: number[]): BigInt64Array => BigInt64Array.from(values.map((v) => BigInt(v)));
const INT64_MAX = 9223372036854775807n;

export function embeddingBagOnnx(spec: EmbeddingBagGraphSpec): Uint8Array {
  const g = new OnnxGraphBuilder('fasttext_bag');
  const L = spec.labels;
  const ids = g.input('input_ids', 'int64', ['batch', 'sequence']);
  const mask = g.input('attention_mask', 'int64', ['batch', 'sequence']);
  g.input('token_type_ids', 'int64', ['batch', 'sequence']);

  const axis1 = g.initializer('axis_1', int64(1), [1]);
  const axis2 = g.initializer('axis_2', int64(2), [1]);
  const remap = g.initializer('piece_remap', spec.remap, [spec.remap.length]);
  const uniTable = g.initializer('unigram_table', spec.unigramTable, [spec.unigramTable.length / L, L]);
  const uniScale = g.initializer('unigram_scale', spec.unigramScale, [L]);
  const bias = g.initializer('bias', spec.bias, [L]);
  const one = g.initializer('one', new Float32Array([1]), [1]);

  const maskF = g.node('Cast', [mask], { to: 1 });
  const rows = g.node('Gather', [remap, ids], { axis: 0 });
  const uniQ = g.node('Gather', [uniTable, rows], { axis: 0 });
  const uniF = g.node('Cast', [uniQ], { to: 1 });
  const uniMasked = g.node('Mul', [uniF, g.node('Unsqueeze', [maskF, axis2])]);
  const uniSum = g.node('Mul', [g.node('ReduceSum', [uniMasked, axis1], { keepdims: 0 }), uniScale]);
  let total = uniSum;
  let count = g.node('ReduceSum', [maskF, axis1], { keepdims: 1 });

  if (spec.bigramBuckets > 0) {
    const start0 = g.initializer('start_0', int64(0), [1]);
    const start1 = g.initializer('start_1', int64(1), [1]);
    const endMinus1 = g.initializer('end_minus_1', int64(-1), [1]);
    const endMax = g.initializer('end_max', BigInt64Array.from([INT64_MAX]), [1]);
    const prime = g.initializer('bigram_prime', int64(spec.bigramPrime), [1]);
    const buckets = g.initializer('bigram_buckets', int64(spec.bigramBuckets), [1]);
    const biTable = g.initializer('bigram_table', spec.bigramTable, [spec.bigramBuckets, L]);
    const biScale = g.initializer('bigram_scale', spec.bigramScale, [L]);
    const left = g.node('Slice', [ids, start0, endMinus1, axis1]);
    const right = g.node('Slice', [ids, start1, endMax, axis1]);
    const hash = g.node('Mod', [g.node('Add', [g.node('Mul', [left, prime]), right]), buckets]);
    const pairMask = g.node('Mul', [g.node('Slice', [maskF, start0, endMinus1, axis1]), g.node('Slice', [maskF, start1, endMax, axis1])]);
    const biF = g.node('Cast', [g.node('Gather', [biTable, hash], { axis: 0 })], { to: 1 });
    const biMasked = g.node('Mul', [biF, g.node('Unsqueeze', [pairMask, axis2])]);
    const biSum = g.node('Mul', [g.node('ReduceSum', [biMasked, axis1], { keepdims: 0 }), biScale]);
    total = g.node('Add', [uniSum, biSum]);
    count = g.node('Add', [count, g.node('ReduceSum', [pairMask, axis1], { keepdims: 1 })]);
  }
  let denominator = g.node('Max', [count, one]);
  if (spec.poolPower !== 1) denominator = g.node('Pow', [denominator, g.initializer('pool_power', new Float32Array([spec.poolPower]), [1])]);
  const mean = g.node('Div', [total, denominator]);
  g.node('Add', [mean, bias], {}, ['logits']);
  g.output('logits', 'float', ['batch', L]);
  return g.toBytes(17);
}
