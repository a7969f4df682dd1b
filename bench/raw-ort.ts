import { batchFeeds, createBenchSession } from './bench-session';
import { encodeTexts, loadFolderTokenizer } from './bench-tokenizer';
import { DEFAULT_MAX_LENGTH, EngineMeasureOptions } from './engine-options';
import { RssPeakSampler } from './rss';
import { cpuPercentProbe, secondsSince, summarizeThroughput, ThroughputResult } from './throughput';

export interface RawOrtOptions extends EngineMeasureOptions {
  /** Most padded tokens (rows × longest row) per session.run. */
  tokenBudget: number;
}

/**
 * Batches of text indices: all texts sorted by length (so padding stays small, which a static plan over
 * the whole set can do), cut greedily so each batch holds at most `tokenBudget` padded tokens (a text
 * longer than the budget runs alone).
 */
export function planTokenBudgetBatches(lengths: number[], tokenBudget: number): number[][] {
  const order = lengths.map((_, index) => index).sort((a, b) => lengths[a] - lengths[b]);
  const batches: number[][] = [];
  let current: number[] = [];
  for (const index of order) {
    // Sorted ascending, so the newest text is the longest: it sets the padded width.
    if (current.length > 0 && (current.length + 1) * lengths[index] > tokenBudget) {
      batches.push(current);
      current = [];
    }
    current.push(index);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Upper bound on engine speed: pre-tokenized texts, sorted, token-budget batches straight into session.run. */
export async function measureRawOrt(options: RawOrtOptions): Promise<ThroughputResult> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const tokenizeStart = process.hrtime.bigint();
  const encoded = encodeTexts(loadFolderTokenizer(options.modelDir), options.texts, maxLength);
  const tokenizeSeconds = secondsSince(tokenizeStart);
  const session = options.session ?? (await createBenchSession(options.modelDir, options.sessionOptions));
  const lengths = encoded.map((ids) => ids.length);
  const batches = planTokenBudgetBatches(lengths, options.tokenBudget);
  await session.run(batchFeeds(session.inputNames, batches[0].slice(0, 4).map((i) => encoded[i]))); // warm-up

  const secondsPerText = new Array<number>(encoded.length).fill(0);
  const sampler = new RssPeakSampler().start();
  const cpuPercent = cpuPercentProbe();
  const start = process.hrtime.bigint();
  for (const batch of batches) {
    const batchStart = process.hrtime.bigint();
    await session.run(batchFeeds(session.inputNames, batch.map((i) => encoded[i])));
    const share = secondsSince(batchStart) / batch.length;
    for (const i of batch) secondsPerText[i] = share;
  }
  const wallSeconds = secondsSince(start);
  const result = summarizeThroughput(options.name ?? `raw-ort budget ${options.tokenBudget}`, lengths, secondsPerText, wallSeconds);
  result.cpuPercent = cpuPercent();
  result.peakRssMb = sampler.stop();
  const paddedTokens = batches.reduce((sum, batch) => sum + batch.length * Math.max(...batch.map((i) => lengths[i])), 0);
  const tokens = lengths.reduce((sum, length) => sum + length, 0);
  result.details = { tokenBudget: options.tokenBudget, batches: batches.length, tokens, paddedTokens, tokenizeSeconds: Number(tokenizeSeconds.toFixed(3)) };
  if (options.session === undefined) await session.release();
  return result;
}

/** Runs measureRawOrt for each budget on one session and returns every result plus the fastest budget. */
export async function tuneTokenBudget(
  options: EngineMeasureOptions & { budgets?: number[] },
): Promise<{ bestBudget: number; results: ThroughputResult[] }> {
  const budgets = options.budgets ?? [512, 1024, 2048, 4096, 8192];
  const session = options.session ?? (await createBenchSession(options.modelDir, options.sessionOptions));
  const results: ThroughputResult[] = [];
  for (const tokenBudget of budgets) results.push(await measureRawOrt({ ...options, session, tokenBudget }));
  if (options.session === undefined) await session.release();
  const best = results.reduce((a, b) => (b.textsPerSecond > a.textsPerSecond ? b : a));
  return { bestBudget: Number(best.details?.tokenBudget), results };
}
