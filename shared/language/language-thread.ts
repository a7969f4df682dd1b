import { Worker } from 'node:worker_threads';
import { workerScriptPath } from '../model/worker-script';
import type { LanguageReply, LanguageRequest } from './language-protocol';

interface Pending {
  resolve(reply: LanguageReply): void;
  reject(error: Error): void;
}

interface QueuedSample {
  sample: string;
  resolve(language: string | undefined): void;
  reject(error: Error): void;
}

/**
 * One worker thread that detects languages. Samples submitted in the same turn of the event loop travel in one
 * message; the thread keeps the process alive only while an answer is awaited.
 */
export class LanguageThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private queued: QueuedSample[] = [];
  private nextRequestId = 1;
  private failure: Error | undefined;

  constructor() {
    this.worker = new Worker(workerScriptPath(__dirname, 'language-worker.js'));
    this.worker.on('message', (reply: LanguageReply) => this.onReply(reply));
    this.worker.on('error', (error) => this.failAll(`language thread failed: ${error.message}`));
    this.worker.on('exit', (code) => this.failAll(`language thread exited (code ${code})`));
    this.worker.unref();
  }

  /** Loads the detector in the thread; resolves with the ISO 639-1 codes it can return. */
  async load(): Promise<string[]> {
    const reply = await this.request({ kind: 'load' });
    if (reply.kind !== 'loaded') throw new Error('language thread answered a load with something else');
    return reply.languages;
  }

  detect(sample: string): Promise<string | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      if (this.queued.length === 0) setImmediate(() => this.flush());
      this.queued.push({ sample, resolve, reject });
    });
  }

  async stop(): Promise<void> {
    this.failure ??= new Error('language thread stopped');
    await this.worker.terminate();
  }

  private flush(): void {
    const batch = this.queued;
    this.queued = [];
    this.request({ kind: 'detect', samples: batch.map((item) => item.sample) }).then(
      (reply) => {
        if (reply.kind !== 'detected' || reply.languages.length !== batch.length) throw new Error('language thread answered with something else');
        batch.forEach((item, index) => item.resolve(reply.languages[index] ?? undefined));
      },
    ).catch((error: Error) => batch.forEach((item) => item.reject(error)));
  }

  private request(body: { kind: 'load' } | { kind: 'detect'; samples: string[] }): Promise<LanguageReply> {
    if (this.failure) return Promise.reject(this.failure);
    const requestId = this.nextRequestId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ ...body, requestId } satisfies LanguageRequest);
    });
  }

  private onReply(reply: LanguageReply): void {
    const pending = this.pending.get(reply.requestId);
    if (!pending) return;
    this.pending.delete(reply.requestId);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.kind === 'failed') pending.reject(new Error(reply.message));
    else pending.resolve(reply);
  }

  private failAll(message: string): void {
    this.failure ??= new Error(message);
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const pending of failed) pending.reject(this.failure);
    const queued = this.queued;
    this.queued = [];
    for (const item of queued) item.reject(this.failure);
  }
}
