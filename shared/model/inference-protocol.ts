import type { ExecutionProviderChoice } from './execution-provider';
import type { FloatOutput, Int64Feed } from './model-session';

/** Messages from the main thread to the inference thread. */
export type InferenceRequest =
  | { kind: 'load'; requestId: number; sessionId: number; onnxPath: string; choice: ExecutionProviderChoice }
  | { kind: 'run'; requestId: number; sessionId: number; feeds: Record<string, Int64Feed> }
  | { kind: 'release'; requestId: number; sessionId: number };

export interface LoadedSession {
  inputNames: string[];
  outputNames: string[];
  provider: 'cpu' | 'cuda';
}

/** Messages back: an answer to one request, or a warning to write on the main thread. */
export type InferenceReply =
  | { kind: 'answer'; requestId: number; ok: true; result: LoadedSession | Record<string, FloatOutput> | null }
  | { kind: 'answer'; requestId: number; ok: false; message: string }
  | { kind: 'warning'; message: string };
