import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CommandFailure } from '../cli-error';
import { ProgressBar } from '../progress';
import { hashFile } from './file-hashes';
import { downloadToPart, headHubFile } from './hub-http';
import type { InstallRecord, InstalledFile } from './install-record';
import { writeInstallRecord } from './install-record';
import type { LockFile } from './lock-file';
import { COMMIT, type ManifestModel } from './manifest';
import { downloadsDir } from './model-paths';
import { placeModel } from './place-model';
import { verifyFile } from './verify-file';

export interface DownloadContext {
  modelsDir: string;
  hubUrl: string;
  lock: LockFile;
}

interface StagingState {
  repo: string;
  commit?: string;
}

/** The lock entry still applies unless the manifest now pins a different commit. */
export function lockedEntry(model: ManifestModel, lock: LockFile): LockFile['models'][string] | undefined {
  const locked = lock.models[model.name];
  if (!locked || locked.repo !== model.repo) return undefined;
  if (COMMIT.test(model.revision) && locked.commit !== model.revision) return undefined;
  return locked;
}

function fileUrl(hubUrl: string, repo: string, revision: string, path: string): string {
  return `${hubUrl}/${repo}/resolve/${encodeURIComponent(revision)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** Reuses an earlier, interrupted download of the same repo and commit (resume); anything else starts clean. */
function prepareStaging(stagingDir: string, repo: string, commit: string | undefined): void {
  const statePath = join(stagingDir, '.download-state.json');
  if (existsSync(statePath)) {
    try {
      const state = JSON.parse(readFileSync(statePath, 'utf8')) as StagingState;
      if (state.repo === repo && (commit === undefined || state.commit === undefined || state.commit === commit)) return;
    } catch {
      // An unreadable state file means an unknown staging folder: start over.
    }
  }
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  writeFileSync(statePath, JSON.stringify({ repo, commit } satisfies StagingState));
}

/**
 * Downloads one manifest model into a staging folder (resumable: part files are continued with Range requests),
 * verifies every file against every checksum known for it, then renames the folder into `models/<name>`.
 */
export async function downloadModel(model: ManifestModel, context: DownloadContext): Promise<InstallRecord> {
  const locked = lockedEntry(model, context.lock);
  let revision = COMMIT.test(model.revision) ? model.revision : (locked?.commit ?? model.revision);
  const stagingDir = join(downloadsDir(context.modelsDir), model.name);
  prepareStaging(stagingDir, model.repo, COMMIT.test(revision) ? revision : undefined);
  const files: Record<string, InstalledFile> = {};
  for (const file of model.files) {
    const label = `${model.name}/${file.path}`;
    const requestedUrl = fileUrl(context.hubUrl, model.repo, revision, file.path);
    const info = await headHubFile(context.hubUrl, requestedUrl);
    if (info.status === 404 && file.optional) continue;
    if (info.status === 404) throw new CommandFailure(`${label}: the hub has no such file in ${model.repo} at revision ${revision}; models/manifest.json may be out of date`);
    if (info.status === 401 || info.status === 403) throw new CommandFailure(`${label}: the hub refused access (HTTP ${info.status}) to ${model.repo}; the repository may be private, gated or renamed`);
    if (info.status !== 200) throw new CommandFailure(`${label}: the hub answered HTTP ${info.status}`);
    // Every further file comes from the commit the first answer named, so one model is one consistent snapshot.
    if (!COMMIT.test(revision) && info.commit && COMMIT.test(info.commit)) {
      revision = info.commit;
      if (info.downloadUrl === requestedUrl) info.downloadUrl = fileUrl(context.hubUrl, model.repo, revision, file.path);
      writeFileSync(join(stagingDir, '.download-state.json'), JSON.stringify({ repo: model.repo, commit: revision } satisfies StagingState));
    }
    const expected = { pinnedSha256: file.sha256, lockedSha256: locked?.files[file.path]?.sha256, hubLfsSha256: info.lfsSha256, hubGitBlobSha1: info.gitBlobSha1, size: file.size ?? info.size };
    const finalPath = join(stagingDir, file.path);
    const partPath = `${finalPath}.part`;
    mkdirSync(dirname(finalPath), { recursive: true });
    if (existsSync(finalPath)) {
      // Finished in an earlier run: keep it only if it still checks out.
      try {
        const hashes = await hashFile(finalPath);
        files[file.path] = { sha256: hashes.sha256, size: hashes.size, verifiedBy: verifyFile(label, hashes, expected) ?? 'first-use' };
        continue;
      } catch {
        rmSync(finalPath, { force: true });
      }
    }
    const offset = existsSync(partPath) ? statSync(partPath).size : 0;
    const progress = new ProgressBar(label, 'bytes');
    await downloadToPart(context.hubUrl, info.downloadUrl, partPath, offset, (done) => progress.update({ done, total: expected.size }));
    progress.update({ done: statSync(partPath).size, total: expected.size }, true);
    progress.clear();
    const hashes = await hashFile(partPath);
    try {
      files[file.path] = { sha256: hashes.sha256, size: hashes.size, verifiedBy: verifyFile(label, hashes, expected) ?? 'first-use' };
    } catch (error) {
      // A wrong file must not be resumed from next time.
      rmSync(partPath, { force: true });
      throw error;
    }
    renameSync(partPath, finalPath);
  }
  const record: InstallRecord = { name: model.name, repo: model.repo, commit: COMMIT.test(revision) ? revision : 'unknown', source: 'hub', installedAt: new Date().toISOString(), files };
  rmSync(join(stagingDir, '.download-state.json'), { force: true });
  writeInstallRecord(stagingDir, record);
  placeModel(stagingDir, context.modelsDir, model.name);
  return record;
}
