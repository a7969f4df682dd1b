import type { TokenIds } from '../tokenizer/token-encoder';

export interface BatchingOptions {
  /** Most texts in one `session.run`. */
  maxBatchSize: number;
  /** Most padded tokens (texts x longest text) in one `session.run`: long texts form small batches, short texts large ones. */
  maxBatchTokens: number;
  /** How long an idle engine waits for more texts before running what it has. */
  maxWaitMs: number;
  /** Texts waiting beyond this are refused at once (their events pass through unlabeled) instead of growing the queue. */
  maxQueuedTexts: number;
}

export const DEFAULT_BATCHING: BatchingOptions = { maxBatchSize: 64, maxBatchTokens: 1024, maxWaitMs: 3, maxQueuedTexts: 4096 };

export class QueueFullError extends Error {
  constructor(limit: number) {
    super(`classification queue is full (${limit} texts waiting); event passed through unlabeled`);
  }
}

interface PendingText {
  ids: TokenIds;
  resolve(scores: Float32Array): void;
  reject(error: unknown): void;
}

export interface BatcherStats {
  runs: number;
  /** Runs that threw (their texts were then retried one by one). */
  failedRuns: number;
  textsRun: number;
  largestBatch: number;
  queued: number;
}

/** Cuts texts sorted by ascending token count into batches under the size and padded-token budgets. */
export function planBatches<T>(sortedTexts: readonly T[], tokenCount: (text: T) => number, options: Pick<BatchingOptions, 'maxBatchSize' | 'maxBatchTokens'>): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  for (const text of sortedTexts) {
    // Sorted ascending, so the newest text is the longest: it sets the padded width.
    const paddedTokens = (current.length + 1) * tokenCount(text);
    if (current.length > 0 && (current.length >= options.maxBatchSize || paddedTokens > options.maxBatchTokens)) {
      batches.push(current);
      current = [];
    }
    current.push(text);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Gathers texts submitted within a few milliseconds (or while the engine is busy) into length-sorted
 * batches for one model, and runs one batch at a time: on 2 cores, parallel runs only contend.
 */
export class MicroBatcher {
  private queue: PendingText[] = [];
  private running = false;
  /** When the current gathering began (undefined: not gathering). */
  private gatherStartedAt: number | undefined;
  private queueLengthAtLastLook = 0;
  private idleWaiters: Array<() => void> = [];
  readonly stats: BatcherStats = { runs: 0, failedRuns: 0, textsRun: 0, largestBatch: 0, queued: 0 };

  constructor(
    private readonly runBatch: (batch: TokenIds[]) => Promise<Float32Array[]>,
    private readonly options: BatchingOptions,
  ) {}

  submit(ids: TokenIds): Promise<Float32Array> {
    if (this.queue.length >= this.options.maxQueuedTexts) return Promise.reject(new QueueFullError(this.options.maxQueuedTexts));
    return new Promise((resolve, reject) => {
      this.queue.push({ ids, resolve, reject });
      this.stats.queued = this.queue.length;
      this.schedule();
    });
  }

  /** Resolves once every submitted text has been answered. */
  whenIdle(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * An idle engine gathers texts while they keep arriving (each event-loop turn that brings new texts extends
   * the wait, up to maxWaitMs) and runs as soon as a turn brings none or a full batch is waiting.
   */
  private schedule(): void {
    if (this.running) return;
    if (this.queue.length >= this.options.maxBatchSize) {
      this.gatherStartedAt = undefined;
      setImmediate(() => void this.flush());
      return;
    }
    if (this.gatherStartedAt !== undefined) return;
    this.gatherStartedAt = Date.now();
    this.queueLengthAtLastLook = this.queue.length;
    setImmediate(() => this.keepGathering());
  }

  private keepGathering(): void {
    if (this.gatherStartedAt === undefined) return;
    const stillArriving = this.queue.length > this.queueLengthAtLastLook;
    if (stillArriving && Date.now() - this.gatherStartedAt < this.options.maxWaitMs) {
      this.queueLengthAtLastLook = this.queue.length;
      setImmediate(() => this.keepGathering());
      return;
    }
    this.gatherStartedAt = undefined;
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    const taken = this.queue.sort((a, b) => a.ids.length - b.ids.length);
    this.queue = [];
    this.stats.queued = 0;
    for (const batch of planBatches(taken, (text) => text.ids.length, this.options)) await this.runAndAnswer(batch);
    this.running = false;
    if (this.queue.length > 0) {
      // Texts that arrived during the run have waited already: run them now.
      setImmediate(() => void this.flush());
    } else {
      for (const resolveIdle of this.idleWaiters.splice(0)) resolveIdle();
    }
  }

  private async runAndAnswer(batch: PendingText[]): Promise<void> {
    try {
      const scores = await this.runBatch(batch.map((text) => text.ids));
      this.stats.runs++;
      this.stats.textsRun += batch.length;
      this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
      batch.forEach((text, index) => text.resolve(scores[index]));
    } catch (error) {
      this.stats.failedRuns++;
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // One bad text must not cost the others their labels: retry the halves until the bad ones stand alone.
      const middle = Math.ceil(batch.length / 2);
      await this.runAndAnswer(batch.slice(0, middle));
      await this.runAndAnswer(batch.slice(middle));
    }
  }
}
