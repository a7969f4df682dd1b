import * as ort from 'onnxruntime-node';
import { createSessionWithFallback, type ExecutionProviderChoice } from './execution-provider';

interface SharedSession {
  ready: Promise<{ session: ort.InferenceSession; provider: 'cpu' | 'cuda' }>;
  users: number;
}

// One session per (ONNX file, provider) per process, however many plugin instances name the model.
const sessions = new Map<string, SharedSession>();

const SESSION_OPTIONS: ort.InferenceSession.SessionOptions = {
  graphOptimizationLevel: 'all',
  executionMode: 'sequential',
};

async function createSession(onnxPath: string, choice: ExecutionProviderChoice): Promise<{ session: ort.InferenceSession; provider: 'cpu' | 'cuda' }> {
  try {
    return await createSessionWithFallback((options) => ort.InferenceSession.create(onnxPath, options), choice, SESSION_OPTIONS);
  } catch (error) {
    throw new Error(`cannot load ONNX model ${onnxPath}: ${(error as Error).message.split('\n')[0]}; the file may be truncated or not an ONNX model: download it again`);
  }
}

export async function acquireSession(onnxPath: string, choice: ExecutionProviderChoice): Promise<{ session: ort.InferenceSession; provider: 'cpu' | 'cuda' }> {
  const key = `${onnxPath}|${choice}`;
  let shared = sessions.get(key);
  if (!shared) {
    shared = { ready: createSession(onnxPath, choice), users: 0 };
    sessions.set(key, shared);
    // A failed load is not cached: the next setup tries again (the user may have fixed the file).
    shared.ready.catch(() => sessions.delete(key));
  }
  shared.users++;
  return shared.ready;
}

export async function releaseSession(onnxPath: string, choice: ExecutionProviderChoice): Promise<void> {
  const key = `${onnxPath}|${choice}`;
  const shared = sessions.get(key);
  if (!shared || --shared.users > 0) return;
  sessions.delete(key);
  const { session } = await shared.ready;
  await session.release();
}

/** How many sessions this process holds (for tests and metrics). */
export function openSessionCount(): number {
  return sessions.size;
}
