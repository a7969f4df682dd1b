/** The size and padded-token budgets of one `session.run`. */
export interface BatchBudget {
  /** Most texts in one run. */
  maxBatchSize: number;
  /** Most padded tokens (texts x longest text) in one run. */
  maxBatchTokens: number;
}

/**
 * The fixed cost of one `session.run`, in units of one padded token: onnxruntime's per-run work (on the
 * MiniLM-shaped int8 model on 2 cores, a 16-token text alone costs what 12 to 30 more padded tokens cost in
 * a batch) plus the hand-over between this thread and the inference thread (about a millisecond). On the
 * bench corpus, 128 keeps as few runs as greedy cutting of the sorted queue and cuts padding from 6% to 4-4.5% of
 * the tokens run; 32 cuts it to 2.4% with 12% more runs. Throughput, in six interleaved runs each: +3% (128)
 * and +2% (32) over greedy cutting, within this machine's noise of about 5%.
 */
export const RUN_OVERHEAD_TOKENS = 128;

/**
 * The batch to run next: among the waiting texts sorted by ascending token count, the run of neighbours
 * that holds `oldestIndex` (so no text waits behind an endless stream of others) and gets the most real
 * tokens per unit of cost, where cost is one run's fixed overhead plus its padded tokens. Similar lengths
 * thus go together: a 10-token text is not padded to 34 tokens when other 10-token texts wait.
 * A text longer than the token budget runs alone. Returns the half-open index range [start, end).
 */
export function batchAroundOldest(sortedTokenCounts: readonly number[], oldestIndex: number, budget: BatchBudget): { start: number; end: number } {
  const prefix = [0];
  for (const count of sortedTokenCounts) prefix.push(prefix[prefix.length - 1] + count);
  let best = { start: oldestIndex, end: oldestIndex + 1 };
  let bestScore = -1;
  const firstStart = Math.max(0, oldestIndex - budget.maxBatchSize + 1);
  for (let start = oldestIndex; start >= firstStart; start--) {
    for (let end = oldestIndex + 1; end <= sortedTokenCounts.length && end - start <= budget.maxBatchSize; end++) {
      const rows = end - start;
      // Sorted ascending: the last text is the longest and sets the padded width.
      const padded = rows * sortedTokenCounts[end - 1];
      if (rows > 1 && padded > budget.maxBatchTokens) break;
      const score = (prefix[end] - prefix[start]) / (RUN_OVERHEAD_TOKENS + padded);
      if (score > bestScore) {
        bestScore = score;
        best = { start, end };
      }
    }
  }
  return best;
}
