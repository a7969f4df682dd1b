import type { ExecutionProviderChoice } from './execution-provider';
import { inferenceThread } from './inference-thread';
import type { ModelSession } from './model-session';

type ReleasableSession = ModelSession & { release(): Promise<void> };

interface SharedSession {
  ready: Promise<ReleasableSession>;
  users: number;
}

// One session per (ONNX file, provider) per process, however many plugin instances name the model.
const sessions = new Map<string, SharedSession>();

export function acquireSession(onnxPath: string, choice: ExecutionProviderChoice): Promise<ModelSession> {
  const key = `${onnxPath}|${choice}`;
  let shared = sessions.get(key);
  if (!shared) {
    shared = { ready: inferenceThread.load(onnxPath, choice), users: 0 };
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
  await (await shared.ready).release();
}
