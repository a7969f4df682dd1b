/**
 * Feature rows of one text for the embedding bag: one row per piece (through the pruned-vocabulary
 * remap) and one per hashed piece n-gram of every family. The ONNX graph computes the same rows from input_ids.
 */
export interface FeatureSpace {
  /** piece id -> row in the unigram table (0 = pieces not kept). */
  remap: Int32Array;
  unigramRows: number;
  /** n-gram families in row order after the unigram rows (see NgramFamily in onnx/bag-graph). */
  families: FamilySpace[];
  prime: number;
}

/** Settings of one hashed n-gram family; `minCount` > 1 keeps a row only for buckets that many training n-grams fall in. */
export interface NgramSettings {
  offsets: number[];
  buckets: number;
  minCount?: number;
}

export interface FamilySpace {
  offsets: number[];
  buckets: number;
  /** bucket -> row of this family's table (0 = the one row shared by rare buckets); absent: row = bucket. */
  remap?: Int32Array;
  rows: number;
}

/** Hash of the n-gram at position i: h = ids[i + o0]; h = (h * prime + ids[i + oj]) mod buckets. Exact in float64 for BERT-sized ids. */
export function ngramBucket(ids: ArrayLike<number>, i: number, offsets: readonly number[], prime: number, buckets: number): number {
  let h = ids[i + offsets[0]];
  for (let j = 1; j < offsets.length; j++) h = (h * prime + ids[i + offsets[j]]) % buckets;
  return h;
}

/** Row remap keeping the ids counted at least `minCount` times (row 0 collects everything else). */
function keepFrequent(counts: Int32Array, minCount: number): { remap: Int32Array; rows: number } {
  const remap = new Int32Array(counts.length);
  let next = 1;
  for (let id = 0; id < counts.length; id++) if (counts[id] >= minCount) remap[id] = next++;
  return { remap, rows: next };
}

/** Keeps pieces (and, per family with a minCount, n-gram buckets) seen at least that often in training texts. */
export function buildFeatureSpace(trainIds: Int32Array[], vocabSize: number, minCount: number, families: readonly NgramSettings[], prime: number): FeatureSpace {
  const counts = new Int32Array(vocabSize);
  for (const ids of trainIds) for (const id of ids) counts[id]++;
  const pieces = keepFrequent(counts, minCount);
  const familySpaces = families
    .filter((f) => f.buckets > 0)
    .map((f): FamilySpace => {
      if ((f.minCount ?? 1) <= 1) return { offsets: f.offsets, buckets: f.buckets, rows: f.buckets };
      const bucketCounts = new Int32Array(f.buckets);
      const span = f.offsets[f.offsets.length - 1];
      for (const ids of trainIds) for (let i = 0; i + span < ids.length; i++) bucketCounts[ngramBucket(ids, i, f.offsets, prime, f.buckets)]++;
      const kept = keepFrequent(bucketCounts, f.minCount ?? 1);
      return { offsets: f.offsets, buckets: f.buckets, remap: kept.remap, rows: kept.rows };
    });
  return { remap: pieces.remap, unigramRows: pieces.rows, families: familySpaces, prime };
}

/** Total rows: unigram rows, then each family's rows. */
export function featureRowCount(space: FeatureSpace): number {
  return space.families.reduce((sum, f) => sum + f.rows, space.unigramRows);
}

/** Rows of the combined table [unigram rows | family 0 buckets | family 1 buckets ...] used by one text, and where each family's rows start. */
export function featureRows(ids: Int32Array, space: FeatureSpace): Int32Array {
  const counts = space.families.map((f) => Math.max(0, ids.length - f.offsets[f.offsets.length - 1]));
  const rows = new Int32Array(ids.length + counts.reduce((a, b) => a + b, 0));
  for (let i = 0; i < ids.length; i++) rows[i] = space.remap[ids[i]];
  let at = ids.length;
  let base = space.unigramRows;
  space.families.forEach((f, k) => {
    for (let i = 0; i < counts[k]; i++) {
      const bucket = ngramBucket(ids, i, f.offsets, space.prime, f.buckets);
      rows[at++] = base + (f.remap ? f.remap[bucket] : bucket);
    }
    base += f.rows;
  });
  return rows;
}
