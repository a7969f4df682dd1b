import { suiteSpecs } from '../index';
import { pluginJsonFor } from '../shared';
import { type SettingDefinition, prefixedKey } from '../shared/settings/setting-definitions';

/** The suite plugin's settings (root plugin.json): the only keys the server accepts, in files, flags and requests. */
export const SUITE_SETTING_DEFINITIONS: readonly SettingDefinition[] = (pluginJsonFor({ name: 'suite', description: '', main: 'index.ts' }, suiteSpecs, true) as { config: SettingDefinition[] }).config;

const SUITE_KEYS = new Set(SUITE_SETTING_DEFINITIONS.map((definition) => definition.key));

/**
 * Keys a request (a sandbox plugin's UI settings) may set for its own events: how labels are decided and
 * written. An allow-list, so a setting added to the core later stays server-only until someone decides otherwise.
 */
const PER_CLASSIFIER_REQUEST_KEYS = ['enabled', 'threshold', 'writeLabelList'];
const SHARED_REQUEST_KEYS = ['classifySides', 'eventNames', 'writeScores', 'overwriteLabels', 'timeoutMs'];

export const REQUEST_SETTING_KEYS: readonly string[] = [...suiteSpecs.flatMap((spec) => PER_CLASSIFIER_REQUEST_KEYS.map((key) => prefixedKey(spec.name, key))), ...SHARED_REQUEST_KEYS].filter((key) => SUITE_KEYS.has(key));

/**
 * Settings only the server's operator sets: model folders (a request naming a path could read any file on the
 * host) and whatever shapes the shared model sessions and batch queues (per-request values would split them).
 */
export const SERVER_OWNED_KEYS: ReadonlySet<string> = new Set([...SUITE_KEYS].filter((key) => !REQUEST_SETTING_KEYS.includes(key)));

export type SuiteSettings = Record<string, string>;

export class SuiteSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuiteSettingsError';
  }
}

function settingText(value: unknown, key: string, source: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  throw new SuiteSettingsError(`${source}: setting ${key} must be a string (as in the plugin UI), a number or true/false, got ${value === null ? 'null' : typeof value}`);
}

/** Checks that `raw` is an object of known suite settings and turns every value into the string PostHog would pass. */
export function readSuiteSettings(raw: unknown, source: string): SuiteSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SuiteSettingsError(`${source} must be a JSON object of suite settings such as {"emotionThreshold": "0.4"}`);
  const settings: SuiteSettings = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!SUITE_KEYS.has(key)) throw new SuiteSettingsError(`${source}: unknown setting ${JSON.stringify(key)}; use the keys of the suite plugin.json: ${[...SUITE_KEYS].join(', ')}`);
    settings[key] = settingText(value, key, source);
  }
  return settings;
}

/** A request's settings: known keys the server does not own; blank values mean "the server's setting". */
export function readRequestSettings(raw: unknown): SuiteSettings {
  if (raw === undefined || raw === null) return {};
  const settings = readSuiteSettings(raw, 'settings');
  const owned = Object.keys(settings).filter((key) => SERVER_OWNED_KEYS.has(key));
  if (owned.length > 0) throw new SuiteSettingsError(`settings: ${owned.join(', ')} can only be set on the server (settings file or flags of \`llm-classify serve\`), not per request; remove ${owned.length === 1 ? 'it' : 'them'} from the request`);
  for (const key of Object.keys(settings)) if (settings[key].trim() === '') delete settings[key];
  return settings;
}
