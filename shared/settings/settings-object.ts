import { quoted } from '../quoted';
import { SettingsError } from './settings-error';

/**
 * A JSON object of settings (a `--config` file, a server request's `settings`) as PostHog would pass it: every
 * value a string (numbers as written, true/false as yes/no), null as unset. Unknown keys are refused by name.
 */
export function readSettingsObject(raw: unknown, source: string, knownKeys: ReadonlySet<string>): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SettingsError(`${source} must be one JSON object of suite settings, e.g. {"emotionThreshold": "0.4"}`);
  const settings: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!knownKeys.has(key)) throw new SettingsError(`${source}: unknown setting ${quoted(key)}; the suite's settings are ${[...knownKeys].join(', ')}`);
    if (typeof value === 'boolean') settings[key] = value ? 'yes' : 'no';
    else if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) settings[key] = String(value);
    else if (value !== null) throw new SettingsError(`${source}: setting ${key} must be a string (as in the plugin UI), a number or true/false, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  }
  return settings;
}
