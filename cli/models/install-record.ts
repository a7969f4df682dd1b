import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALL_RECORD_FILE } from './model-paths';

/** How a file's checksum was established, strongest first. */
export type VerifiedBy = 'pinned' | 'lock-file' | 'hub-lfs-sha256' | 'hub-git-sha1' | 'source-checksums' | 'first-use';

export interface InstalledFile {
  sha256: string;
  size: number;
  verifiedBy: VerifiedBy;
}

/** `.llm-classify.json` in each installed model folder: where it came from and the checksums `models list` re-checks. */
export interface InstallRecord {
  name: string;
  repo: string;
  commit: string;
  source: 'hub' | 'local-copy';
  installedAt: string;
  files: Record<string, InstalledFile>;
}

export function readInstallRecord(modelDir: string): InstallRecord | undefined {
  const path = join(modelDir, INSTALL_RECORD_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as InstallRecord;
  } catch {
    return undefined;
  }
}

export function writeInstallRecord(modelDir: string, record: InstallRecord): void {
  writeFileSync(join(modelDir, INSTALL_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}
