import { batchAroundOldest } from '../shared/inference/batch-around-oldest';

// Which waiting texts run together: the index range, among texts sorted by token count, that the batcher takes.
const budget = { maxBatchSize: 64, maxBatchTokens: 512 };
const chosen = (sortedCounts: number[], oldestIndex: number, limits = budget): number[] => {
  const { start, end } = batchAroundOldest(sortedCounts, oldestIndex, limits);
  return sortedCounts.slice(start, end);
};

describe('the batch taken around the oldest waiting text', () => {
  it('always holds the oldest text and stays within both budgets', () => {
    const counts = [5, 8, 9, 12, 12, 30, 31, 33, 60, 61, 100, 128, 200, 256, 256];
    for (let oldest = 0; oldest < counts.length; oldest++) {
      const { start, end } = batchAroundOldest(counts, oldest, { maxBatchSize: 4, maxBatchTokens: 256 });
      expect(start).toBeLessThanOrEqual(oldest);
      expect(end).toBeGreaterThan(oldest);
      expect(end - start).toBeLessThanOrEqual(4);
      if (end - start > 1) expect((end - start) * counts[end - 1]).toBeLessThanOrEqual(256);
    }
  });

  it('fills a batch with short texts of similar length up to the budget', () => {
    const counts = Array.from({ length: 40 }, (_, i) => 10 + (i % 3));
    counts.sort((a, b) => a - b);
    expect(chosen(counts, 0)).toHaveLength(40);
  });

  it('does not pad short texts to a much longer neighbour when similar ones wait', () => {
    // Greedy cutting from the shortest end would run 10, 10, 11 padded to 34 with the 30-token texts.
    const counts = [10, 10, 11, 30, 31, 32, 33, 34, 34, 34, 34, 34, 34];
    const batch = chosen(counts, 8);
    expect(Math.min(...batch)).toBeGreaterThanOrEqual(30);
    expect(batch.length).toBeGreaterThanOrEqual(8);
  });

  it('pairs long texts of equal length, and runs a text longer than the budget alone', () => {
    expect(chosen([200, 256, 256, 256], 1)).toEqual([256, 256]);
    expect(chosen([100, 700, 700], 1)).toEqual([700]);
  });

  it('takes one text when the size cap is one', () => {
    expect(chosen([8, 8, 8, 8], 2, { maxBatchSize: 1, maxBatchTokens: 512 })).toEqual([8]);
  });
});
