import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from './package-root';

/**
 * The compiled script of a worker thread: beside the calling file in dist/, or in dist/ when the caller runs
 * from source (ts-jest), where a worker cannot load TypeScript.
 */
export function workerScriptPath(callerDir: string, fileName: string): string {
  const besideCaller = join(callerDir, fileName);
  if (existsSync(besideCaller)) return besideCaller;
  const root = packageRoot();
  const built = join(root, 'dist', relative(root, callerDir), fileName);
  if (existsSync(built)) return built;
  throw new Error(`worker script not found at ${besideCaller} or ${built}; run \`npm run build\``);
}
