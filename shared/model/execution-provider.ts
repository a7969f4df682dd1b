import type { InferenceSession } from 'onnxruntime-node';
import { logWarning } from '../log';

export const EXECUTION_PROVIDERS = ['cpu', 'cuda', 'auto'] as const;
export type ExecutionProviderChoice = (typeof EXECUTION_PROVIDERS)[number];

let warnedAboutCpuFallback = false;

/**
 * Creates a session with the chosen provider. `cuda` and `auto` try CUDA first; when the CUDA provider
 * cannot load (no GPU, no CUDA libraries), the session runs on CPU and one warning says so per process.
 */
export async function createSessionWithFallback(
  create: (options: InferenceSession.SessionOptions) => Promise<InferenceSession>,
  choice: ExecutionProviderChoice,
  baseOptions: InferenceSession.SessionOptions,
): Promise<{ session: InferenceSession; provider: 'cpu' | 'cuda' }> {
  if (choice !== 'cpu') {
    try {
      return { session: await create({ ...baseOptions, executionProviders: ['cuda'] }), provider: 'cuda' };
    } catch (error) {
      if (!warnedAboutCpuFallback) {
        warnedAboutCpuFallback = true;
        const reason = (error as Error).message.split('\n')[0];
        logWarning(`executionProvider=${choice}: the CUDA provider could not load (${reason}); running on CPU. For GPU inference install the CUDA build: npm run install:cuda`);
      }
    }
  }
  return { session: await create({ ...baseOptions, executionProviders: ['cpu'] }), provider: 'cpu' };
}
