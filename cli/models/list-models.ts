import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readModelFolder } from '../../shared';
import { firstLine } from '../cli-error';
import { formatBytes } from '../format';
import { hashFile } from './file-hashes';
import { readInstallRecord } from './install-record';
import type { Manifest } from './manifest';
import { INSTALL_RECORD_FILE } from './model-paths';

export interface ListedModel {
  name: string;
  dir: string;
  installed: boolean;
  repo?: string;
  commit?: string;
  labels?: string[];
  problemType?: string;
  sizeBytes?: number;
  /** `ok`, `modified`, `no-record` (e.g. the default models shipped in the package), `broken` or `not-installed`. */
  checksumStatus: 'ok' | 'modified' | 'no-record' | 'broken' | 'not-installed';
  detail: string;
}

function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderSize(path) : entry.isFile() ? statSync(path).size : 0;
  }
  return total;
}

/** Re-hashes the files an install record lists; any difference means the folder is no longer what was verified. */
async function checksumStatus(dir: string): Promise<Pick<ListedModel, 'checksumStatus' | 'detail' | 'repo' | 'commit'>> {
  const record = readInstallRecord(dir);
  if (!record) return { checksumStatus: 'no-record', detail: `no ${INSTALL_RECORD_FILE} (not installed by llm-classify, e.g. a default model shipped in the package)` };
  const changed: string[] = [];
  for (const [path, file] of Object.entries(record.files)) {
    const full = join(dir, path);
    if (!existsSync(full)) {
      changed.push(`${path} missing`);
      continue;
    }
    if ((await hashFile(full)).sha256 !== file.sha256) changed.push(`${path} changed`);
  }
  const how = [...new Set(Object.values(record.files).map((file) => file.verifiedBy))].join(', ');
  if (changed.length > 0) return { checksumStatus: 'modified', detail: `${changed.join(', ')} since install; reinstall with \`llm-classify models download ${record.name} --force\``, repo: record.repo, commit: record.commit };
  return { checksumStatus: 'ok', detail: `${Object.keys(record.files).length} files match the install record (verified by: ${how})`, repo: record.repo, commit: record.commit };
}

/** Every model folder under `modelsDir` (default-* and downloaded) plus the manifest models not installed yet. */
export async function listModels(modelsDir: string, manifest: Manifest): Promise<ListedModel[]> {
  const listed: ListedModel[] = [];
  const folders = existsSync(modelsDir) ? readdirSync(modelsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).sort() : [];
  for (const name of folders) {
    const dir = join(modelsDir, name);
    try {
      const model = readModelFolder(dir);
      listed.push({ name, dir, installed: true, labels: model.labels, problemType: model.problemType, sizeBytes: folderSize(dir), ...(await checksumStatus(dir)) });
    } catch (error) {
      listed.push({ name, dir, installed: true, sizeBytes: folderSize(dir), checksumStatus: 'broken', detail: firstLine(error) });
    }
  }
  for (const model of manifest.models) {
    if (folders.includes(model.name)) continue;
    listed.push({ name: model.name, dir: join(modelsDir, model.name), installed: false, repo: model.repo, checksumStatus: 'not-installed', detail: `${model.description}; get it with \`llm-classify models download ${model.name}\`` });
  }
  return listed;
}

export function formatModelList(models: ListedModel[], modelsDir: string, cwd = process.cwd()): string {
  const lines = [`Models in ${modelsDir}:`, ''];
  for (const model of models) {
    const source = model.repo ? `  (${model.repo}${model.commit && model.commit !== 'unknown' ? ` @ ${model.commit.slice(0, 12)}` : ''})` : '';
    lines.push(`${model.name}${source}`);
    if (!model.installed) {
      lines.push(`  not installed: ${model.detail}`, '');
      continue;
    }
    if (model.labels) {
      const shown = model.labels.slice(0, 8).join(', ');
      lines.push(`  labels     ${model.labels.length}, ${model.problemType === 'single_label_classification' ? 'single-label' : 'multi-label'}: ${shown}${model.labels.length > 8 ? ', …' : ''}`);
    }
    lines.push(`  size       ${formatBytes(model.sizeBytes ?? 0)}`);
    lines.push(`  checksums  ${model.checksumStatus}: ${model.detail}`);
    lines.push(`  folder     ${relative(cwd, model.dir) || '.'}`, '');
  }
  return `${lines.join('\n')}`;
}
