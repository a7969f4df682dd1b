import { readFileSync } from 'node:fs';
import { SUITE_SETTING_KEYS } from '../../plugins/suite-settings';
import { readSettingsObject } from '../../shared';
import { UsageError } from '../cli-error';

/** `--config FILE`: one JSON object with the suite plugin.json's keys, values as the plugin UI takes them. */
export function readConfigFile(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code ? `--config ${path} cannot be read (${code}); check the path` : `--config ${path} is not valid JSON; it must be one object of plugin settings, e.g. {"emotionThreshold": "0.4"}`);
  }
  return readSettingsObject(parsed, `--config ${path}`, SUITE_SETTING_KEYS);
}
