/** Token-length buckets the throughput is reported by (token counts include [CLS] and [SEP]). */
export const LENGTH_BUCKETS = [
  { name: '<=16', max: 16 },
  { name: '17-64', max: 64 },
  { name: '65-128', max: 128 },
  { name: '>128', max: Number.POSITIVE_INFINITY },
] as const;
export type LengthBucketName = (typeof LENGTH_BUCKETS)[number]['name'];

export function lengthBucketOf(tokenCount: number): LengthBucketName {
  const bucket = LENGTH_BUCKETS.find(({ max }) => tokenCount <= max);
  return (bucket ?? LENGTH_BUCKETS[LENGTH_BUCKETS.length - 1]).name;
}

/** Indices of `tokenCounts` grouped by bucket, every bucket present (possibly empty). */
export function groupIndicesByBucket(tokenCounts: number[]): Record<LengthBucketName, number[]> {
  const groups = Object.fromEntries(LENGTH_BUCKETS.map(({ name }) => [name, [] as number[]])) as Record<LengthBucketName, number[]>;
  tokenCounts.forEach((count, index) => groups[lengthBucketOf(count)].push(index));
  return groups;
}
