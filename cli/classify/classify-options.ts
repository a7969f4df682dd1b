import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pluginJsonFor } from '../../shared';
import { suiteSpecs } from '../../index';
import type { OptionSpec, ParsedArgs } from '../args';
import { UsageError } from '../cli-error';
import { readInstallRecord } from '../models/install-record';
import { readManifest } from '../models/manifest';
import { modelsDir } from '../models/model-paths';

/**
 * Flags that set one suite setting each: flag name -> plugin setting key (the root plugin.json's keys).
 * Help text gets the setting's default from the suite's own setting list, so the two cannot drift apart.
 */
const VALUE_FLAGS: Record<string, { key: string; valueName: string; description: string; path?: boolean }> = {
  sides: { key: 'classifySides', valueName: 'both|user|agent', description: 'which side of the conversation to label' },
  'event-names': { key: 'eventNames', valueName: 'LIST', description: 'event names to label; a trailing * matches a prefix' },
  'execution-provider': { key: 'executionProvider', valueName: 'cpu|cuda|auto', description: 'onnxruntime execution provider' },
  'max-tokens': { key: 'maxTokens', valueName: 'N', description: 'cut texts to N tokens, 1 to 512' },
  'timeout-ms': { key: 'timeoutMs', valueName: 'MS', description: 'time budget per event; later it passes through unlabeled' },
  'max-batch-size': { key: 'maxBatchSize', valueName: 'N', description: 'most texts per model run' },
  'max-batch-tokens': { key: 'maxBatchTokens', valueName: 'N', description: 'most padded tokens (texts x longest) per model run' },
  'max-queued-texts': { key: 'maxQueuedTexts', valueName: 'N', description: 'texts waiting per model before new ones pass through unlabeled' },
  'batch-wait-ms': { key: 'batchWaitMs', valueName: 'MS', description: 'how long an idle model waits to fill a batch' },
  'cache-size': { key: 'cacheSize', valueName: 'N', description: 'results remembered per model by text digest; 0 turns it off' },
  ...Object.fromEntries(suiteSpecs.map((spec) => [`${spec.name}-threshold`, { key: `${spec.name}Threshold`, valueName: 'X', description: `${spec.name} threshold 0..1 (default: the model's own, else ${spec.defaultThreshold})` }])),
  'emotion-model': { key: 'emotionModelDir', valueName: 'DIR', description: 'emotion model folder', path: true },
  'toxicity-model': { key: 'toxicityModelDir', valueName: 'DIR', description: 'toxicity model folder', path: true },
  'user-flow-model': { key: 'flowUserModelDir', valueName: 'DIR', description: 'user-flow model folder', path: true },
  'agent-flow-model': { key: 'flowAgentModelDir', valueName: 'DIR', description: 'agent-flow model folder', path: true },
};

export const PLUGIN_NAMES = suiteSpecs.map((spec) => spec.name);

/** The suite plugin's settings as its plugin.json lists them. */
const SUITE_SETTINGS = (pluginJsonFor({ name: 'suite', description: '', main: 'index.ts' }, suiteSpecs, true) as { config: Array<{ key: string; default: string }> }).config;

/** A flag's help line with its setting's default appended (thresholds have none: their text says what applies). */
function withDefault(description: string, key: string): string {
  const fallback = SUITE_SETTINGS.find((setting) => setting.key === key)?.default;
  return fallback ? `${description} (default ${fallback})` : description;
}

/** The options `classify` and `demo` share: everything the plugin UI has, as flags. */
export const SETTINGS_OPTIONS: Record<string, OptionSpec> = {
  plugins: { type: 'string', valueName: 'LIST', description: `classifiers to run, comma-separated (default ${PLUGIN_NAMES.join(',')})` },
  config: { type: 'string', valueName: 'FILE', description: 'JSON object of plugin settings, keys as in the suite plugin.json (emotionThreshold, flowUserModelDir, ...); flags win' },
  threshold: { type: 'string', valueName: 'X', description: 'one threshold 0..1 for every classifier (per-classifier flags win)' },
  ...Object.fromEntries(Object.entries(VALUE_FLAGS).map(([flag, option]) => [flag, { type: 'string' as const, valueName: option.valueName, description: withDefault(option.description, option.key) }])),
  accurate: { type: 'boolean', description: 'use the downloaded reference models (llm-classify models download) instead of the default ones' },
  'no-scores': { type: 'boolean', description: 'do not write the *_score properties' },
  overwrite: { type: 'boolean', description: 'replace label properties an event already has (default: keep them)' },
  'label-lists': { type: 'boolean', description: 'also write every label over the threshold (user_emotions, agent_flows, ...)' },
  'models-dir': { type: 'string', valueName: 'DIR', description: 'where --accurate looks for downloaded models (default the package models/ folder)' },
};

/** Every key the suite plugin accepts: a config file naming anything else is a mistake worth stopping for. */
function knownSettingKeys(): string[] {
  return SUITE_SETTINGS.map((setting) => setting.key);
}

function readConfigFile(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code ? `--config ${path} cannot be read (${code}); check the path` : `--config ${path} is not valid JSON; it must be one object of plugin settings, e.g. {"emotionThreshold": "0.4"}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`--config ${path} must hold one JSON object of plugin settings, e.g. {"emotionThreshold": "0.4"}`);
  const known = knownSettingKeys();
  const config: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!known.includes(key)) throw new UsageError(`--config ${path}: unknown setting ${JSON.stringify(key)}; the suite's settings are ${known.join(', ')}`);
    if (typeof value === 'boolean') config[key] = value ? 'yes' : 'no';
    else if (typeof value === 'string' || typeof value === 'number') config[key] = String(value);
    else if (value !== null) throw new UsageError(`--config ${path}: ${key} must be a string, number or boolean`);
  }
  return config;
}

/** `--plugins emotion,flow` as the suite's on/off settings. */
function pluginToggles(list: string): Record<string, string> {
  const chosen = list.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  for (const name of chosen) if (!PLUGIN_NAMES.includes(name)) throw new UsageError(`--plugins: unknown classifier ${JSON.stringify(name)}; choose from ${PLUGIN_NAMES.join(', ')}`);
  if (chosen.length === 0) throw new UsageError(`--plugins needs at least one of ${PLUGIN_NAMES.join(', ')}`);
  return Object.fromEntries(PLUGIN_NAMES.map((name) => [`${name}Enabled`, chosen.includes(name) ? 'yes' : 'no']));
}

/** For each model setting of an enabled classifier, the first installed manifest model that fills it (full toxicity before lite). */
function accurateModelDirs(dir: string, config: Record<string, string>): Record<string, string> {
  const manifest = readManifest();
  const enabled = (key: string): boolean => PLUGIN_NAMES.some((name) => key.startsWith(name) && config[`${name}Enabled`] !== 'no');
  const settings: Record<string, string> = {};
  for (const model of manifest.models) {
    const folder = join(dir, model.name);
    const installed = existsSync(join(folder, 'config.json')) && readInstallRecord(folder) !== undefined;
    for (const key of model.settingKeys) if (installed && settings[key] === undefined) settings[key] = folder;
  }
  const missing = manifest.models.filter((model) => model.settingKeys.some((key) => enabled(key) && settings[key] === undefined));
  if (missing.length > 0) {
    throw new UsageError(`--accurate: ${missing.map((model) => model.name).join(' or ')} is not installed in ${dir}; run \`llm-classify models download ${missing[missing.length - 1].name}\`, or name model folders with --emotion-model and the like`);
  }
  return settings;
}

/**
 * The suite settings for one run: config file, then flags. Model folders given as flags are relative to the
 * current folder; in a config file they keep the plugin's meaning (relative to the package folder).
 */
export function settingsFromArgs(args: ParsedArgs): Record<string, string> {
  return settingsWithSources(args).config;
}

/** The settings and, for each key a flag set, that flag: so a setting error can name what the user typed. */
export function settingsWithSources(args: ParsedArgs): { config: Record<string, string>; sources: Record<string, string> } {
  const config: Record<string, string> = args.values.config !== undefined ? readConfigFile(args.values.config) : {};
  const sources: Record<string, string> = Object.fromEntries(Object.keys(config).map((key) => [key, `--config ${args.values.config}`]));
  if (args.values.plugins !== undefined) Object.assign(config, pluginToggles(args.values.plugins));
  if (args.flags.accurate) Object.assign(config, accurateModelDirs(modelsDir(args.values['models-dir']), config));
  if (args.values.threshold !== undefined) {
    for (const name of PLUGIN_NAMES) {
      config[`${name}Threshold`] = args.values.threshold;
      sources[`${name}Threshold`] = '--threshold';
    }
  }
  for (const [flag, option] of Object.entries(VALUE_FLAGS)) {
    const value = args.values[flag];
    if (value === undefined) continue;
    config[option.key] = option.path ? resolve(value) : value;
    sources[option.key] = `--${flag}`;
  }
  if (args.flags['no-scores']) config.writeScores = 'no';
  if (args.flags.overwrite) config.overwriteLabels = 'yes';
  if (args.flags['label-lists']) for (const name of PLUGIN_NAMES) config[`${name}WriteLabelList`] = 'yes';
  return { config, sources };
}
