import { Worker } from 'node:worker_threads';
import { logWarning } from '../log';
import type { ExecutionProviderChoice } from './execution-provider';
import type { InferenceReply, InferenceRequest, LoadedSession } from './inference-protocol';
import type { FloatOutput, Int64Feed, ModelSession } from './model-session';
import { workerScriptPath } from './worker-script';

type RequestBody = InferenceRequest extends infer R ? (R extends InferenceRequest ? Omit<R, 'requestId'> : never) : never;

interface PendingRequest {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/**
 * One worker thread per process that hosts every ONNX session and runs one batch at a time.
 * The thread keeps the process alive only while a request is in flight, and stops when no session is open.
 */
export class InferenceThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, PendingRequest>();
  private nextRequestId = 1;
  private nextSessionId = 1;
  private openSessions = 0;

  async load(onnxPath: string, choice: ExecutionProviderChoice): Promise<ModelSession & { release(): Promise<void> }> {
    const sessionId = this.nextSessionId++;
    this.openSessions++;
    let loaded: LoadedSession;
    try {
      loaded = (await this.request({ kind: 'load', sessionId, onnxPath, choice })) as LoadedSession;
    } catch (error) {
      this.sessionClosed();
      throw error;
    }
    let released = false;
    return {
      ...loaded,
      run: (feeds: Record<string, Int64Feed>) => this.request({ kind: 'run', sessionId, feeds }, Object.values(feeds).map((feed) => feed.data.buffer as ArrayBuffer)) as Promise<Record<string, FloatOutput>>,
      release: async () => {
        if (released) return;
        released = true;
        try {
          await this.request({ kind: 'release', sessionId });
        } finally {
          this.sessionClosed();
        }
      },
    };
  }

  private sessionClosed(): void {
    if (--this.openSessions > 0 || !this.worker) return;
    const worker = this.worker;
    this.worker = undefined;
    void worker.terminate();
  }

  private request(body: RequestBody, transfer: ArrayBuffer[] = []): Promise<unknown> {
    const worker = this.ensureWorker();
    const requestId = this.nextRequestId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...body, requestId }, transfer);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerScriptPath(__dirname, 'inference-worker.js'));
    worker.on('message', (reply: InferenceReply) => this.onReply(reply));
    // Only an unexpected end fails what is pending: a thread we stopped had nothing left to answer.
    worker.on('error', (error) => {
      if (this.worker === worker) this.failAll(`inference thread failed: ${error.message}`);
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(`inference thread exited (code ${code})`);
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onReply(reply: InferenceReply): void {
    if (reply.kind === 'warning') {
      logWarning(reply.message);
      return;
    }
    const pending = this.pending.get(reply.requestId);
    if (!pending) return;
    this.pending.delete(reply.requestId);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.message));
  }

  private failAll(message: string): void {
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const pending of failed) pending.reject(new Error(message));
  }
}

export const inferenceThread = new InferenceThread();
