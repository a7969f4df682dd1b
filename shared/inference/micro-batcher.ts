import type { TokenIds } from '../tokenizer/token-encoder';
import { type BatchBudget, batchAroundOldest } from './batch-around-oldest';

export interface BatchingOptions extends BatchBudget {
  /** How long an idle engine waits for more texts before running what it has. */
  maxWaitMs: number;
  /** Texts waiting beyond this are refused at once (their events pass through unlabeled) instead of growing the queue. */
  maxQueuedTexts: number;
}

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
  /** Tokens of the texts run, and the padded tokens (texts x longest text) the runs computed: their ratio is the padding cost. */
  tokensRun: number;
  paddedTokensRun: number;
  largestBatch: number;
  queued: number;
}

/** Batches handed to the inference thread at once: one running, one waiting, so it never idles while results are handled here. */
const PIPELINE_DEPTH = 2;

/**
 * Joins texts for one model into length-sorted batches. An idle model gathers texts for a few milliseconds;
 * a busy one takes, whenever a slot frees, the batch of similar-length texts around the oldest waiting text
 * (so long texts are never starved by a stream of short ones). Batches run one after another on the
 * inference thread; on 2 cores, parallel runs only contend.
 */
export class MicroBatcher {
  /** Waiting texts, oldest first. */
  private queue: PendingText[] = [];
  private runsInFlight = 0;
  private pumpScheduled = false;
  /** While busy, a partial batch goes to the waiting slot at the latest this long after it started waiting. */
  private busyWaitTimer: NodeJS.Timeout | undefined;
  /** When the current gathering began (undefined: not gathering). */
  private gatherStartedAt: number | undefined;
  private queueLengthAtLastLook = 0;
  private idleWaiters: Array<() => void> = [];
  readonly stats: BatcherStats = { runs: 0, failedRuns: 0, textsRun: 0, tokensRun: 0, paddedTokensRun: 0, largestBatch: 0, queued: 0 };

  constructor(
    private readonly runBatch: (batch: TokenIds[]) => Promise<Float32Array[]>,
    private readonly options: BatchingOptions,
  ) {}

  submit(ids: TokenIds): Promise<Float32Array> {
    if (this.queue.length >= this.options.maxQueuedTexts) return Promise.reject(new QueueFullError(this.options.maxQueuedTexts));
    return new Promise((resolve, reject) => {
      this.queue.push({ ids, resolve, reject });
      this.stats.queued = this.queue.length;
      if (this.runsInFlight === 0) this.gather();
      else if (this.queue.length >= this.options.maxBatchSize) this.schedulePump();
      else this.busyWaitTimer ??= setTimeout(() => this.pump(), this.options.maxWaitMs);
    });
  }

  /** Resolves once every submitted text has been answered. */
  whenIdle(): Promise<void> {
    if (this.runsInFlight === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Idle: wait while texts keep arriving, up to maxWaitMs: a burst submitted in one event-loop turn (in-process
   * ingestion) is looked at on the next turn, texts trickling in (HTTP requests) are looked at every millisecond.
   */
  private gather(): void {
    if (this.queue.length >= this.options.maxBatchSize) {
      this.gatherStartedAt = undefined;
      this.schedulePump();
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
      // A timer, not setImmediate: waiting must not spin a core the inference thread needs.
      setTimeout(() => this.keepGathering(), 1);
      return;
    }
    this.gatherStartedAt = undefined;
    this.pump();
  }

  /** A slot freed or a full batch is waiting: look once this turn's completions have submitted their follow-up texts. */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    clearTimeout(this.busyWaitTimer);
    this.busyWaitTimer = undefined;
    while (this.runsInFlight < PIPELINE_DEPTH && this.queue.length > 0) this.dispatch(this.takeBatchOfOldest());
  }

  /** The batch of similar-length waiting texts that holds the oldest one (see batchAroundOldest). */
  private takeBatchOfOldest(): PendingText[] {
    const oldest = this.queue[0];
    const sorted = [...this.queue].sort((a, b) => a.ids.length - b.ids.length);
    const { start, end } = batchAroundOldest(sorted.map((text) => text.ids.length), sorted.indexOf(oldest), this.options);
    const batch = sorted.slice(start, end);
    const taken = new Set(batch);
    this.queue = this.queue.filter((text) => !taken.has(text));
    this.stats.queued = this.queue.length;
    return batch;
  }

  private dispatch(batch: PendingText[]): void {
    this.runsInFlight++;
    void this.runAndAnswer(batch).finally(() => {
      this.runsInFlight--;
      if (this.queue.length > 0) this.schedulePump();
      else if (this.runsInFlight === 0) for (const resolveIdle of this.idleWaiters.splice(0)) resolveIdle();
    });
  }

  private async runAndAnswer(batch: PendingText[]): Promise<void> {
    try {
      const scores = await this.runBatch(batch.map((text) => text.ids));
      this.stats.runs++;
      this.stats.textsRun += batch.length;
      const lengths = batch.map((text) => text.ids.length);
      this.stats.tokensRun += lengths.reduce((sum, length) => sum + length, 0);
      this.stats.paddedTokensRun += batch.length * Math.max(...lengths);
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
