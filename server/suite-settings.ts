import { SUITE_SETTINGS, SUITE_SETTING_KEYS } from '../plugins/suite-settings';
import { SettingsError, readSettingsObject } from '../shared';

/**
 * Keys a request (a sandbox plugin's UI settings) may set for its own events: the rows marked `perRequest`, i.e.
 * how labels are decided and written. A row added to the core later stays server-only until someone marks it.
 */
export const REQUEST_SETTING_KEYS: readonly string[] = SUITE_SETTINGS.filter((setting) => setting.perRequest).map((setting) => setting.key);

/**
 * Settings only the server's operator sets: model folders (a request naming a path could read any file on the
 * host) and whatever shapes the shared model sessions and batch queues (per-request values would split them).
 */
export const SERVER_OWNED_KEYS: ReadonlySet<string> = new Set([...SUITE_SETTING_KEYS].filter((key) => !REQUEST_SETTING_KEYS.includes(key)));

export type SuiteSettings = Record<string, string>;

/** A request's settings: known keys the server does not own; blank values mean "the server's setting". */
export function readRequestSettings(raw: unknown): SuiteSettings {
  if (raw === undefined || raw === null) return {};
  const settings = readSettingsObject(raw, 'settings', SUITE_SETTING_KEYS);
  const owned = Object.keys(settings).filter((key) => SERVER_OWNED_KEYS.has(key));
  if (owned.length > 0) throw new SettingsError(`settings: ${owned.join(', ')} can only be set on the server (settings file or flags of \`llm-classify serve\`), not per request; remove ${owned.length === 1 ? 'it' : 'them'} from the request`);
  for (const key of Object.keys(settings)) if (settings[key].trim() === '') delete settings[key];
  return settings;
}
