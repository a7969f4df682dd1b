import { parentPort } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { createSessionWithFallback } from './execution-provider';
import type { InferenceReply, InferenceRequest, LoadedSession } from './inference-protocol';
import type { FloatOutput } from './model-session';

// The inference thread: onnxruntime-node runs a session synchronously on the calling thread, so it runs
// here and the main thread (PostHog's ingestion loop, timers, time budgets) never blocks on a model.
const port = parentPort;
if (!port) throw new Error('inference-worker must run in a worker thread');

const sessions = new Map<number, ort.InferenceSession>();
// onnxruntime's own error log would repeat what the core reports per event (one line, naming the event): keep only fatal ones.
const SESSION_OPTIONS: ort.InferenceSession.SessionOptions = { graphOptimizationLevel: 'all', executionMode: 'sequential', logSeverityLevel: 4 };

const post = (reply: InferenceReply, transfer: ArrayBuffer[] = []): void => port.postMessage(reply, transfer);

async function load(request: Extract<InferenceRequest, { kind: 'load' }>): Promise<LoadedSession> {
  const warn = (message: string): void => post({ kind: 'warning', message });
  let created: { session: ort.InferenceSession; provider: 'cpu' | 'cuda' };
  try {
    created = await createSessionWithFallback((options) => ort.InferenceSession.create(request.onnxPath, options), request.choice, SESSION_OPTIONS, warn);
  } catch (error) {
    throw new Error(`cannot load ONNX model ${request.onnxPath}: ${(error as Error).message.split('\n')[0]}; the file may be truncated or not an ONNX model: download it again`);
  }
  sessions.set(request.sessionId, created.session);
  return { inputNames: [...created.session.inputNames], outputNames: [...created.session.outputNames], provider: created.provider };
}

async function run(request: Extract<InferenceRequest, { kind: 'run' }>): Promise<{ outputs: Record<string, FloatOutput>; transfer: ArrayBuffer[] }> {
  const session = sessions.get(request.sessionId);
  if (!session) throw new Error('model session is not loaded (it was released or the inference thread restarted)');
  const feeds = Object.fromEntries(Object.entries(request.feeds).map(([name, feed]) => [name, new ort.Tensor('int64', feed.data, feed.dims)]));
  const results = await session.run(feeds);
  const outputs: Record<string, FloatOutput> = {};
  const transfer: ArrayBuffer[] = [];
  for (const [name, tensor] of Object.entries(results)) {
    const data = tensor.data as Float32Array;
    outputs[name] = { data, dims: tensor.dims };
    transfer.push(data.buffer as ArrayBuffer);
  }
  return { outputs, transfer };
}

port.on('message', (request: InferenceRequest) => {
  void (async () => {
    try {
      if (request.kind === 'load') post({ kind: 'answer', requestId: request.requestId, ok: true, result: await load(request) });
      else if (request.kind === 'run') {
        const { outputs, transfer } = await run(request);
        post({ kind: 'answer', requestId: request.requestId, ok: true, result: outputs }, transfer);
      } else {
        await sessions.get(request.sessionId)?.release();
        sessions.delete(request.sessionId);
        post({ kind: 'answer', requestId: request.requestId, ok: true, result: null });
      }
    } catch (error) {
      post({ kind: 'answer', requestId: request.requestId, ok: false, message: (error as Error).message ?? String(error) });
    }
  })();
});
