import { logitsToProbabilities } from '../decode/activation';
import type { ModelFolder } from '../model/model-folder';
import type { ModelSession } from '../model/model-session';
import { cutLongText } from '../text/cut-long-text';
import type { TokenEncoder, TokenIds } from '../tokenizer/token-encoder';
import { LruCache } from './lru-cache';
import { type BatchingOptions, MicroBatcher } from './micro-batcher';
import { buildModelInputs } from './model-inputs';
import { textKey } from './text-key';

export interface ClassifierStats {
  sessionRuns: number;
  failedSessionRuns: number;
  textsRun: number;
  /** Tokens of the texts run, and padded tokens computed (texts x longest text, summed over runs). */
  tokensRun: number;
  paddedTokensRun: number;
  largestBatch: number;
  queuedTexts: number;
  cacheHits: number;
  cacheMisses: number;
  cachedResults: number;
}

/**
 * One model ready to label texts: tokenizes, joins concurrent requests into batched `session.run` calls,
 * runs each distinct text once, and remembers recent results.
 */
export class TextClassifier {
  private readonly batcher: MicroBatcher;
  private readonly results: LruCache<string, Float32Array>;
  private readonly inFlight = new Map<string, Promise<Float32Array>>();

  constructor(
    readonly model: ModelFolder,
    private readonly encoder: TokenEncoder,
    private readonly session: ModelSession,
    readonly maxTokens: number,
    batching: BatchingOptions,
    cacheSize: number,
  ) {
    this.results = new LruCache(cacheSize);
    this.batcher = new MicroBatcher((batch) => this.runBatch(batch), batching);
  }

  get provider(): 'cpu' | 'cuda' {
    return this.session.provider;
  }

  get labels(): string[] {
    return this.model.labels;
  }

  /** Probabilities per label (in `labels` order) for one text. */
  classify(text: string): Promise<Float32Array> {
    // Only the cut text reaches the model, so it alone keys the caches (and a 1 MB text is hashed in microseconds).
    const modelText = cutLongText(text, this.maxTokens);
    const key = textKey(modelText);
    const cached = this.results.get(key);
    if (cached) return Promise.resolve(cached);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const ids = this.encoder.encode(modelText, this.maxTokens, key);
    const result = this.batcher.submit(ids).then((probabilities) => {
      this.results.set(key, probabilities);
      return probabilities;
    });
    this.inFlight.set(key, result);
    const forget = (): void => void this.inFlight.delete(key);
    result.then(forget, forget);
    return result;
  }

  whenIdle(): Promise<void> {
    return this.batcher.whenIdle();
  }

  stats(): ClassifierStats {
    const { runs, failedRuns, textsRun, tokensRun, paddedTokensRun, largestBatch, queued } = this.batcher.stats;
    return { sessionRuns: runs, failedSessionRuns: failedRuns, textsRun, tokensRun, paddedTokensRun, largestBatch, queuedTexts: queued, cacheHits: this.results.hits, cacheMisses: this.results.misses, cachedResults: this.results.size };
  }

  private async runBatch(batch: TokenIds[]): Promise<Float32Array[]> {
    const inputs = buildModelInputs(batch, this.encoder.padId, this.session.inputNames);
    const outputs = await this.session.run(inputs);
    const logits = outputs[this.session.outputNames.includes('logits') ? 'logits' : this.session.outputNames[0]];
    const labelCount = this.model.labels.length;
    if (logits.dims.length !== 2 || logits.dims[0] !== batch.length || logits.dims[1] !== labelCount) {
      throw new Error(`model ${this.model.dir} returned logits of shape ${JSON.stringify(logits.dims)}, expected [${batch.length}, ${labelCount}] (one per id2label entry)`);
    }
    const data = logits.data;
    return batch.map((_, row) => logitsToProbabilities(data.subarray(row * labelCount, (row + 1) * labelCount), this.model.problemType));
  }
}
