import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TrainedTask } from './trained-task';

/**
 * Writes the held-out examples as JSONL ({"text", "labels": [names]}, [] = no label / OTHER) for the
 * eval command. Refuses paths inside the repository: the data sets must not be committed.
 */
export function writeHeldout(task: TrainedTask, file: string, repoRoots: string[]): void {
  const path = resolve(file);
  if (repoRoots.some((root) => path.startsWith(resolve(root) + '/'))) throw new Error(`--write-heldout ${file} is inside the repository; write it outside (e.g. /tmp) — the data sets must not be committed`);
  const lines = task.data.heldout.map((e) =>
    JSON.stringify({ text: e.text, labels: e.labels.filter((l) => l !== task.ctx.ignored).map((l) => task.data.labels[l]), source: e.source }),
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** The repository root above `from` (the nearest folder with a package.json), if any. */
export function packageRootAbove(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
