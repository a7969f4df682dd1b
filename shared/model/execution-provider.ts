import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';
import { logWarning } from '../log';

export const EXECUTION_PROVIDERS = ['cpu', 'cuda', 'auto'] as const;
export type ExecutionProviderChoice = (typeof EXECUTION_PROVIDERS)[number];

// Once CUDA failed to load in this process it will not load for the next model either: do not retry or warn again.
let cudaUnavailable = false;

/** onnxruntime-node ships the CUDA provider library only after `npm run install:cuda`; without it a CUDA attempt cannot succeed. */
function cudaProviderInstalled(): boolean {
  const binRoot = join(dirname(require.resolve('onnxruntime-node/package.json')), 'bin');
  if (!existsSync(binRoot)) return false;
  return readdirSync(binRoot).some((napiDir) => existsSync(join(binRoot, napiDir, process.platform, process.arch, 'libonnxruntime_providers_cuda.so')));
}

function fallBackToCpu(choice: ExecutionProviderChoice, reason: string, warn: (message: string) => void): void {
  cudaUnavailable = true;
  warn(`executionProvider=${choice}: the CUDA provider could not load (${reason}); running on CPU. For GPU inference install the CUDA build: npm run install:cuda`);
}

/**
 * Creates a session with the chosen provider. `cuda` and `auto` try CUDA first; when the CUDA provider
 * cannot load (no GPU, no CUDA libraries), the session runs on CPU and one warning says so per process.
 */
export async function createSessionWithFallback(
  create: (options: InferenceSession.SessionOptions) => Promise<InferenceSession>,
  choice: ExecutionProviderChoice,
  baseOptions: InferenceSession.SessionOptions,
  warn: (message: string) => void = logWarning,
): Promise<{ session: InferenceSession; provider: 'cpu' | 'cuda' }> {
  if (choice !== 'cpu' && !cudaUnavailable && !cudaProviderInstalled()) fallBackToCpu(choice, 'libonnxruntime_providers_cuda.so is not installed', warn);
  if (choice !== 'cpu' && !cudaUnavailable) {
    try {
      // Fatal-only native logging for this attempt: our warning below is the one message about it.
      return { session: await create({ ...baseOptions, executionProviders: ['cuda'], logSeverityLevel: 4 }), provider: 'cuda' };
    } catch (error) {
      fallBackToCpu(choice, (error as Error).message.split('\n')[0], warn);
    }
  }
  return { session: await create({ ...baseOptions, executionProviders: ['cpu'] }), provider: 'cpu' };
}
