import { isAbsolute, join, resolve } from 'node:path';
import { packageRoot } from '../../shared';

export const DEFAULT_HUB_URL = 'https://huggingface.co';

/** Where model folders are installed: `--models-dir`, else $LLM_CLASSIFY_MODELS_DIR, else the package's models/ (what the plugin settings' relative paths mean). */
export function modelsDir(flag?: string): string {
  const chosen = flag ?? process.env.LLM_CLASSIFY_MODELS_DIR;
  if (chosen === undefined || chosen === '') return join(packageRoot(), 'models');
  return isAbsolute(chosen) ? chosen : resolve(chosen);
}

/** The model list shipped with the package; not configurable, so what is pinned is what the package says. */
export function manifestPath(): string {
  return join(packageRoot(), 'models', 'manifest.json');
}

/** Checksums recorded at first download, next to the installed models; commit it to pin every file. */
export function lockFilePath(dir: string): string {
  return join(dir, 'manifest.lock.json');
}

/** `--hub-url`, else $LLM_CLASSIFY_HUB_URL, else $HF_ENDPOINT (huggingface_hub's mirror setting), else huggingface.co. */
export function hubUrl(flag?: string): string {
  const chosen = flag ?? process.env.LLM_CLASSIFY_HUB_URL ?? process.env.HF_ENDPOINT ?? DEFAULT_HUB_URL;
  return chosen.replace(/\/+$/, '');
}

/** Staging area for downloads in progress (resumable); on the same disk as the models so that install is a rename. */
export function downloadsDir(dir: string): string {
  return join(dir, '.downloads');
}

/** Name of the install record each installed model folder carries. */
export const INSTALL_RECORD_FILE = '.llm-classify.json';
