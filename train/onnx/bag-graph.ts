import { OnnxGraphBuilder } from '../../modelgen/onnx/graph-builder';

/** Hashed piece n-grams at fixed offsets: [0, 1] is the bigram, [0, 2] a skip-bigram, [0, 1, 2] the trigram. */
export interface NgramFamily {
  offsets: number[];
  buckets: number;
  /** bucket -> table row (rare buckets share row 0), or absent when every bucket has its own row. */
  remap?: Int32Array;
  /** rows x labels, int8, with one float scale per label. */
  table: Int8Array;
  scale: Float32Array;
}

/**
 * The folded fastText-style classifier as ONNX (opset 17): per-feature logit contributions are looked up
 * for every piece (through a piece-id remap) and every hashed piece n-gram, summed under the attention
 * mask, divided by count^poolPower, plus a bias. Tables are int8 with one float scale per label.
 */
export interface BagGraphSpec {
  labels: number;
  /** piece id -> unigram table row. */
  remap: Int32Array;
  unigramTable: Int8Array;
  unigramScale: Float32Array;
  ngrams: NgramFamily[];
  /** n-gram hash: h = id[i + offsets[0]]; h = (h * prime + id[i + offsets[j]]) mod buckets for each later offset. */
  prime: number;
  bias: Float32Array;
  /** The feature sum is divided by count^poolPower (1 = mean pooling). */
  poolPower: number;
}

const int64 = (...values: number[]): BigInt64Array => BigInt64Array.from(values.map((v) => BigInt(v)));
const INT64_MAX = 9223372036854775807n;

export function bagGraphOnnx(spec: BagGraphSpec): Uint8Array {
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
  const uniF = g.node('Cast', [g.node('Gather', [uniTable, rows], { axis: 0 })], { to: 1 });
  const uniMasked = g.node('Mul', [uniF, g.node('Unsqueeze', [maskF, axis2])]);
  let total = g.node('Mul', [g.node('ReduceSum', [uniMasked, axis1], { keepdims: 0 }), uniScale]);
  let count = g.node('ReduceSum', [maskF, axis1], { keepdims: 1 });

  const prime = g.initializer('ngram_prime', int64(spec.prime), [1]);
  spec.ngrams.forEach((family, f) => {
    const span = family.offsets[family.offsets.length - 1];
    // Position i of the n-gram reads id[i + offset]: slice [offset, sequence - (span - offset)).
    const bounds = new Map(
      family.offsets.map((offset) => [
        offset,
        [g.initializer(`ngram${f}_start_${offset}`, int64(offset), [1]), g.initializer(`ngram${f}_end_${offset}`, span - offset > 0 ? int64(offset - span) : BigInt64Array.from([INT64_MAX]), [1])],
      ]),
    );
    const slice = (input: string, offset: number): string => g.node('Slice', [input, ...(bounds.get(offset) as string[]), axis1]);
    const buckets = g.initializer(`ngram${f}_buckets`, int64(family.buckets), [1]);
    let hash = slice(ids, family.offsets[0]);
    let pairMask = slice(maskF, family.offsets[0]);
    for (const offset of family.offsets.slice(1)) {
      hash = g.node('Mod', [g.node('Add', [g.node('Mul', [hash, prime]), slice(ids, offset)]), buckets]);
      pairMask = g.node('Mul', [pairMask, slice(maskF, offset)]);
    }
    const table = g.initializer(`ngram${f}_table`, family.table, [family.table.length / L, L]);
    const scale = g.initializer(`ngram${f}_scale`, family.scale, [L]);
    const row = family.remap ? g.node('Gather', [g.initializer(`ngram${f}_remap`, family.remap, [family.buckets]), hash], { axis: 0 }) : hash;
    const values = g.node('Cast', [g.node('Gather', [table, row], { axis: 0 })], { to: 1 });
    const masked = g.node('Mul', [values, g.node('Unsqueeze', [pairMask, axis2])]);
    total = g.node('Add', [total, g.node('Mul', [g.node('ReduceSum', [masked, axis1], { keepdims: 0 }), scale])]);
    count = g.node('Add', [count, g.node('ReduceSum', [pairMask, axis1], { keepdims: 1 })]);
  });
  let denominator = g.node('Max', [count, one]);
  if (spec.poolPower !== 1) denominator = g.node('Pow', [denominator, g.initializer('pool_power', new Float32Array([spec.poolPower]), [1])]);
  g.node('Add', [g.node('Div', [total, denominator]), bias], {}, ['logits']);
  g.output('logits', 'float', ['batch', L]);
  return g.toBytes(17);
}
