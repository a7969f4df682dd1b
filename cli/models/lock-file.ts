import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { UsageError } from '../cli-error';
import { lockFilePath } from './model-paths';

export interface LockedFile {
  sha256: string;
  size: number;
}

export interface LockedModel {
  repo: string;
  /** The hub commit the files came from ('unknown' for a local copy without a record). */
  commit: string;
  files: Record<string, LockedFile>;
}

export interface LockFile {
  version: 1;
  models: Record<string, LockedModel>;
}

/** models/manifest.lock.json: checksums recorded at the first verified install; later installs must match them. */
export function readLockFile(modelsDir: string): LockFile {
  const path = lockFilePath(modelsDir);
  if (!existsSync(path)) return { version: 1, models: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as LockFile;
    if (typeof parsed.models !== 'object' || parsed.models === null) throw new Error('no "models" object');
    return parsed;
  } catch (error) {
    throw new UsageError(`lock file ${path} is not valid (${(error as Error).message.split('\n')[0]}); restore it from version control, or delete it to record checksums afresh`);
  }
}

export function writeLockFile(modelsDir: string, lock: LockFile): void {
  const path = lockFilePath(modelsDir);
  const sorted: LockFile = { version: 1, models: Object.fromEntries(Object.entries(lock.models).sort(([a], [b]) => a.localeCompare(b))) };
  // Written aside and renamed so an interrupted write never leaves half a lock file.
  writeFileSync(`${path}.tmp`, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}
