import { resolve } from 'node:path';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { CLASSIFIER_NAMES, SUITE_SETTINGS } from '../../plugins/suite-settings';
import { classifierSettingRows } from '../../shared';
import type { OptionSpec, ParsedArgs } from '../args';
import { UsageError } from '../cli-error';
import { modelsDir } from '../models/model-paths';
import { accurateModelDirs } from './accurate-models';
import { readConfigFile } from './config-file';
import { optionFor } from './setting-options';

const FLAGGED_SETTINGS = SUITE_SETTINGS.filter((setting) => setting.flag !== undefined);

/** The options `classify`, `demo`, `serve` and `proxy` share: every suite setting that has a flag, plus a few that set several. */
export const SETTINGS_OPTIONS: Record<string, OptionSpec> = {
  plugins: { type: 'string', valueName: 'LIST', description: `classifiers to run, comma-separated (default ${CLASSIFIER_NAMES.join(',')})` },
  config: { type: 'string', valueName: 'FILE', description: 'JSON object of plugin settings, keys as in the suite plugin.json (emotionThreshold, flowUserModelDir, ...); flags win' },
  threshold: { type: 'string', valueName: 'X', description: 'one threshold 0..1 for every classifier (per-classifier flags win)' },
  ...Object.fromEntries(FLAGGED_SETTINGS.map(optionFor)),
  accurate: { type: 'boolean', description: 'use the downloaded reference models (llm-classify models download) instead of the default ones' },
  'label-lists': { type: 'boolean', description: 'also write every label over the threshold (user_emotions, agent_flows, ...)' },
  'models-dir': { type: 'string', valueName: 'DIR', description: 'where --accurate looks for downloaded models (default the package models/ folder)' },
};

/** `--plugins emotion,flow` as the suite's on/off settings. */
function pluginToggles(list: string): Record<string, string> {
  const chosen = list.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  for (const name of chosen) if (!CLASSIFIER_NAMES.includes(name)) throw new UsageError(`--plugins: unknown classifier ${JSON.stringify(name)}; choose from ${CLASSIFIER_NAMES.join(', ')}`);
  if (chosen.length === 0) throw new UsageError(`--plugins needs at least one of ${CLASSIFIER_NAMES.join(', ')}`);
  return Object.fromEntries(CLASSIFIER_SPECS.flatMap((spec) => {
    const toggle = classifierSettingRows(spec, spec.name).enabled;
    return toggle ? [[toggle.key, chosen.includes(spec.name) ? 'yes' : 'no']] : [];
  }));
}

/** Sets `value` on a per-classifier row of every classifier (`--threshold`, `--label-lists`). */
function forEveryClassifier(row: 'threshold' | 'writeLabelList', value: string, flag: string, config: Record<string, string>, sources: Record<string, string>): void {
  for (const spec of CLASSIFIER_SPECS) {
    const key = classifierSettingRows(spec, spec.name)[row].key;
    config[key] = value;
    sources[key] = flag;
  }
}

/** The suite settings for one run: config file, then flags. Model folders given as flags are relative to the current folder; in a config file they keep the plugin's meaning (relative to the package folder). */
export function settingsFromArgs(args: ParsedArgs): Record<string, string> {
  return settingsWithSources(args).config;
}

/** The settings and, for each key a flag set, that flag: so a setting error can name what the user typed. */
export function settingsWithSources(args: ParsedArgs): { config: Record<string, string>; sources: Record<string, string> } {
  const config: Record<string, string> = args.values.config !== undefined ? readConfigFile(args.values.config) : {};
  const sources: Record<string, string> = Object.fromEntries(Object.keys(config).map((key) => [key, `--config ${args.values.config}`]));
  if (args.values.plugins !== undefined) Object.assign(config, pluginToggles(args.values.plugins));
  if (args.flags.accurate) Object.assign(config, accurateModelDirs(modelsDir(args.values['models-dir']), config));
  if (args.values.threshold !== undefined) forEveryClassifier('threshold', args.values.threshold, '--threshold', config, sources);
  if (args.flags['label-lists']) forEveryClassifier('writeLabelList', 'yes', '--label-lists', config, sources);
  for (const setting of FLAGGED_SETTINGS) {
    const flag = setting.flag;
    if (flag === undefined) continue;
    if ('sets' in flag) {
      if (!args.flags[flag.name]) continue;
      config[setting.key] = flag.sets;
    } else {
      const value = args.values[flag.name];
      if (value === undefined) continue;
      config[setting.key] = flag.path ? resolve(value) : value;
    }
    sources[setting.key] = `--${flag.name}`;
  }
  return { config, sources };
}
