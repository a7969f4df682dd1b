import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE_DIR = join(__dirname, '..', '..');
const SOURCE_DIRS = ['shared', 'plugins', 'modelgen', 'cli', 'bench', 'train', 'server', 'sandbox'];
/** Built files that tests run as separate programs or threads. */
const BUILT_MARKERS = ['dist/cli/main.js', 'dist/shared/model/inference-worker.js', 'dist/bench/load/ingestion-load-cli.js'];

function newestSourceTime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ once, before any test worker starts, when it is missing or older than the sources (`npm test` builds first anyway). */
export function buildDistIfStale(): void {
  const newestSource = Math.max(statSync(join(PACKAGE_DIR, 'index.ts')).mtimeMs, ...SOURCE_DIRS.map((dir) => newestSourceTime(join(PACKAGE_DIR, dir))));
  const markers = BUILT_MARKERS.map((marker) => join(PACKAGE_DIR, marker));
  if (markers.every((marker) => existsSync(marker) && statSync(marker).mtimeMs >= newestSource)) return;
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PACKAGE_DIR, stdio: 'inherit' });
}
