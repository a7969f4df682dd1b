import { readFileSync } from 'node:fs';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { UsageError } from '../cli-error';
import { manifestPath } from './model-paths';

export interface ManifestFile {
  path: string;
  optional?: boolean;
  /** Stored in Git LFS on the hub: the hub states its sha256 (x-linked-etag). */
  lfs?: boolean;
  /** Pinned sha256: a download or local copy that differs is refused. */
  sha256?: string;
  size?: number;
}

export interface ManifestModel {
  /** Folder name under models/ and the name given to `models download`. */
  name: string;
  repo: string;
  /** A 40-hex commit (pinned) or a branch, resolved to a commit at first download and recorded in the lock file. */
  revision: string;
  description: string;
  /** The model slot it fills (a slot id of a classifier spec: `emotion`, `user-flow`); `--accurate` uses the first installed model of each slot. */
  slot: string;
  files: ManifestFile[];
}

export interface Manifest {
  models: ManifestModel[];
}

const SHA256 = /^[0-9a-f]{64}$/;
const SLOT_IDS = CLASSIFIER_SPECS.flatMap((spec) => spec.models.map((slot) => slot.id));
export const COMMIT = /^[0-9a-f]{40}$/;

/** Reads models/manifest.json and checks its shape, so a bad edit fails loudly and never downloads the wrong thing. */
export function readManifest(path = manifestPath()): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`model manifest ${path} cannot be read as JSON (${(error as Error).message.split('\n')[0]}); restore it from the package`);
  }
  const models = (parsed as { models?: unknown }).models;
  if (!Array.isArray(models)) throw new UsageError(`model manifest ${path} has no "models" list`);
  for (const model of models as ManifestModel[]) {
    if (typeof model.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(model.name)) throw new UsageError(`model manifest ${path}: name ${JSON.stringify(model.name)} must be lowercase letters, digits and dashes`);
    if (typeof model.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(model.repo)) throw new UsageError(`model manifest ${path}: ${model.name}.repo must be "owner/name"`);
    if (typeof model.revision !== 'string' || model.revision === '') throw new UsageError(`model manifest ${path}: ${model.name}.revision must be a commit or branch`);
    if (!Array.isArray(model.files) || model.files.length === 0) throw new UsageError(`model manifest ${path}: ${model.name}.files must list the files to fetch`);
    for (const file of model.files) {
      if (typeof file.path !== 'string' || file.path.startsWith('/') || file.path.split('/').includes('..')) throw new UsageError(`model manifest ${path}: ${model.name} lists an unsafe file path ${JSON.stringify(file.path)}`);
      if (file.sha256 !== undefined && !SHA256.test(file.sha256)) throw new UsageError(`model manifest ${path}: ${model.name}/${file.path} sha256 must be 64 lowercase hex digits`);
    }
    if (!SLOT_IDS.includes(model.slot)) throw new UsageError(`model manifest ${path}: ${model.name}.slot must be one of ${SLOT_IDS.join(', ')}, got ${JSON.stringify(model.slot)}`);
  }
  return { models: models as ManifestModel[] };
}

/** The manifest entries named on the command line (all when none), or a usage error listing the known names. */
export function pickModels(manifest: Manifest, names: readonly string[]): ManifestModel[] {
  if (names.length === 0) return manifest.models;
  return names.map((name) => {
    const model = manifest.models.find((candidate) => candidate.name === name || candidate.repo === name);
    if (!model) throw new UsageError(`unknown model ${JSON.stringify(name)}; known models: ${manifest.models.map((candidate) => candidate.name).join(', ')} (see \`llm-classify models list\`)`);
    return model;
  });
}
