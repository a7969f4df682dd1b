import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CommandFailure, UsageError } from '../cli-error';
import { hashFile } from './file-hashes';
import { type InstallRecord, type InstalledFile, readInstallRecord, writeInstallRecord } from './install-record';
import type { LockFile } from './lock-file';
import type { ManifestModel } from './manifest';
import { downloadsDir } from './model-paths';
import { lockedEntry } from './download-model';
import { placeModel } from './place-model';
import { verifyFile } from './verify-file';

export interface LocalInstallContext {
  modelsDir: string;
  lock: LockFile;
  /** Install files no checksum vouches for, recording theirs (trust on first use). */
  trustUnpinned: boolean;
}

/** Where a model sits inside DIR: DIR/<name>, DIR/<repo name>, DIR/<owner>/<repo name>, or DIR itself for one model. */
export function findLocalCopy(model: ManifestModel, dir: string, onlyModel: boolean): string {
  const candidates = [join(dir, model.name), join(dir, basename(model.repo)), join(dir, model.repo)];
  if (onlyModel) candidates.push(dir);
  const found = candidates.find((candidate) => existsSync(join(candidate, 'config.json')));
  if (!found) throw new UsageError(`--from ${dir}: no copy of ${model.name} found; looked for config.json in ${candidates.join(', ')}`);
  return found;
}

/** sha256 per file from a local copy: our own install record, or a `sha256sum`-style SHA256SUMS file. */
function sourceChecksums(sourceDir: string): { commit?: string; sha256ByPath: Record<string, string> } {
  const record = readInstallRecord(sourceDir);
  if (record) return { commit: record.commit, sha256ByPath: Object.fromEntries(Object.entries(record.files).map(([path, file]) => [path, file.sha256])) };
  const sumsPath = join(sourceDir, 'SHA256SUMS');
  if (!existsSync(sumsPath)) return { sha256ByPath: {} };
  const sha256ByPath: Record<string, string> = {};
  for (const line of readFileSync(sumsPath, 'utf8').split('\n')) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (match) sha256ByPath[match[2].replace(/^\.\//, '')] = match[1].toLowerCase();
  }
  return { sha256ByPath };
}

/**
 * Installs a model from a local copy (air-gapped hosts): copies into a staging folder, checks every file against
 * the pinned, locked or copy-supplied sha256, and refuses files nothing vouches for unless `trustUnpinned`.
 */
export async function installFromDir(model: ManifestModel, sourceDir: string, context: LocalInstallContext): Promise<InstallRecord> {
  const locked = lockedEntry(model, context.lock);
  const sums = sourceChecksums(sourceDir);
  const stagingDir = join(downloadsDir(context.modelsDir), `${model.name}.local-${process.pid}`);
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  try {
    const files: Record<string, InstalledFile> = {};
    for (const file of model.files) {
      const label = `${model.name}/${file.path}`;
      const sourcePath = join(sourceDir, file.path);
      if (!existsSync(sourcePath) || !statSync(sourcePath).isFile()) {
        if (file.optional) continue;
        throw new UsageError(`--from ${sourceDir}: ${file.path} of ${model.name} is missing; copy the whole model folder (${model.files.filter((f) => !f.optional).map((f) => f.path).join(', ')})`);
      }
      const stagedPath = join(stagingDir, file.path);
      mkdirSync(dirname(stagedPath), { recursive: true });
      // Hash the copy, not the source, so what was checked is what gets installed.
      copyFileSync(sourcePath, stagedPath);
      const hashes = await hashFile(stagedPath);
      const verifiedBy = verifyFile(label, hashes, { pinnedSha256: file.sha256, lockedSha256: locked?.files[file.path]?.sha256, sourceSha256: sums.sha256ByPath[file.path], size: file.size });
      if (verifiedBy === undefined && !context.trustUnpinned) {
        throw new CommandFailure(`${label}: no known sha256 (none pinned in models/manifest.json, none in manifest.lock.json, no SHA256SUMS or .llm-classify.json in ${sourceDir}); add a SHA256SUMS file, or pass --trust-unpinned to install it and record its checksum`);
      }
      files[file.path] = { sha256: hashes.sha256, size: hashes.size, verifiedBy: verifiedBy ?? 'first-use' };
    }
    const record: InstallRecord = { name: model.name, repo: model.repo, commit: locked?.commit ?? sums.commit ?? 'unknown', source: 'local-copy', installedAt: new Date().toISOString(), files };
    writeInstallRecord(stagingDir, record);
    placeModel(stagingDir, context.modelsDir, model.name);
    return record;
  } finally {
    rmSync(stagingDir, { recursive: true, force: true });
  }
}
