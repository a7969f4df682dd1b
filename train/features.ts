/**
 * Feature rows of one text for the embedding bag: one row per piece (through the pruned-vocabulary
 * remap) and one per hashed piece bigram. The ONNX graph computes the same rows from input_ids.
 */
export interface FeatureSpace {
  /** piece id -> row in the unigram table (0 = pieces not kept). */
  remap: Int32Array;
  unigramRows: number;
  bigramBuckets: number;
  bigramPrime: number;
}

/** Hash of a piece bigram: (left * prime + right) mod buckets; exact in float64 for BERT-sized ids. */
export function bigramBucket(left: number, right: number, prime: number, buckets: number): number {
  return (left * prime + right) % buckets;
}

/** Keeps pieces seen at least `minCount` times in training texts; row 0 collects everything else. */
export function buildFeatureSpace(trainIds: Int32Array[], vocabSize: number, minCount: number, bigramBuckets: number, bigramPrime: number): FeatureSpace {
  const counts = new Int32Array(vocabSize);
  for (const ids of trainIds) for (const id of ids) counts[id]++;
  const remap = new Int32Array(vocabSize);
  let next = 1;
  for (let id = 0; id < vocabSize; id++) if (counts[id] >= minCount) remap[id] = next++;
  return { remap, unigramRows: next, bigramBuckets, bigramPrime };
}

/** Rows of the combined table [unigram rows | bigram buckets] used by one text. */
export function featureRows(ids: Int32Array, space: FeatureSpace): Int32Array {
  const nBigrams = space.bigramBuckets > 0 ? Math.max(0, ids.length - 1) : 0;
  const rows = new Int32Array(ids.length + nBigrams);
  for (let i = 0; i < ids.length; i++) rows[i] = space.remap[ids[i]];
  for (let i = 0; i < nBigrams; i++) {
    rows[ids.length + i] = space.unigramRows + bigramBucket(ids[i], ids[i + 1], space.bigramPrime, space.bigramBuckets);
  }
  return rows;
}
