import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { classifierEnabledInSuite, classifierSettingRows } from '../../shared';
import { UsageError } from '../cli-error';
import { readInstallRecord } from '../models/install-record';
import { readManifest } from '../models/manifest';

/**
 * `--accurate`: for each model setting of an enabled classifier, the first installed manifest model of that slot
 * (the full toxicity model before the lite one), as suite settings.
 */
export function accurateModelDirs(dir: string, config: Record<string, string>): Record<string, string> {
  const manifest = readManifest();
  const installed = (name: string): boolean => existsSync(join(dir, name, 'config.json')) && readInstallRecord(join(dir, name)) !== undefined;
  const settings: Record<string, string> = {};
  const missing: string[] = [];
  for (const spec of CLASSIFIER_SPECS) {
    if (!classifierEnabledInSuite(config, spec)) continue;
    for (const { slot, setting } of classifierSettingRows(spec, spec.name).models) {
      const candidates = manifest.models.filter((model) => model.slot === slot.id);
      const chosen = candidates.find((model) => installed(model.name));
      if (chosen) settings[setting.key] = join(dir, chosen.name);
      else if (candidates.length > 0) missing.push(candidates[0].name);
    }
  }
  if (missing.length > 0) {
    throw new UsageError(`--accurate: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed in ${dir}; run \`llm-classify models download ${missing.join(' ')}\`, or name model folders with --emotion-model and the like`);
  }
  return settings;
}
