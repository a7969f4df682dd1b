import { LENGTH_BUCKETS, LengthBucketName, lengthBucketOf } from './length-buckets';

export interface BucketThroughput {
  texts: number;
  seconds: number;
  textsPerSecond: number;
}

/** One engine's speed on one list of texts: overall and by token-length bucket. */
export interface ThroughputResult {
  name: string;
  texts: number;
  tokens: number;
  wallSeconds: number;
  textsPerSecond: number;
  tokensPerSecond: number;
  byBucket: Record<LengthBucketName, BucketThroughput>;
  /** Peak RSS (MB) sampled during the measurement. */
  peakRssMb?: number;
  /** Process CPU time / wall time (200 = both cores busy for us; much less means other processes took the cores). */
  cpuPercent?: number;
  /** Free-form facts about the run (token budget, batch count, session options). */
  details?: Record<string, string | number>;
}

/**
 * Builds a result from per-text seconds (a batch's time is shared by its texts, which are of
 * similar length because batches are sorted), so bucket rates come from one run.
 */
export function summarizeThroughput(name: string, tokenCounts: number[], secondsPerText: number[], wallSeconds: number): ThroughputResult {
  const byBucket = Object.fromEntries(LENGTH_BUCKETS.map(({ name: bucket }) => [bucket, { texts: 0, seconds: 0, textsPerSecond: 0 }])) as Record<LengthBucketName, BucketThroughput>;
  tokenCounts.forEach((tokens, index) => {
    const bucket = byBucket[lengthBucketOf(tokens)];
    bucket.texts += 1;
    bucket.seconds += secondsPerText[index];
  });
  for (const bucket of Object.values(byBucket)) bucket.textsPerSecond = bucket.seconds > 0 ? bucket.texts / bucket.seconds : 0;
  const tokens = tokenCounts.reduce((sum, count) => sum + count, 0);
  return {
    name,
    texts: tokenCounts.length,
    tokens,
    wallSeconds,
    textsPerSecond: tokenCounts.length / wallSeconds,
    tokensPerSecond: tokens / wallSeconds,
    byBucket,
  };
}

/** Seconds since `startNs` (from process.hrtime.bigint()). */
export function secondsSince(startNs: bigint): number {
  return Number(process.hrtime.bigint() - startNs) / 1e9;
}

/** Starts a CPU-share probe; call the returned function at the end of the timed section. */
export function cpuPercentProbe(): () => number {
  const startUsage = process.cpuUsage();
  const startNs = process.hrtime.bigint();
  return () => {
    const used = process.cpuUsage(startUsage);
    return ((used.user + used.system) / 1e6 / secondsSince(startNs)) * 100;
  };
}
