import type { ChoiceSetting, IntegerSetting, Setting, TextSetting, ThresholdSetting, YesNoSetting } from './setting';
import { quoted } from '../quoted';
import { SettingsError } from './settings-error';
import { parseWholeNumber, wholeNumberError } from './whole-number';

/** PostHog passes every setting as a string, or leaves it out; `undefined` and blank mean "use the default". */
export type RawConfig = Record<string, unknown>;

function rawText(config: RawConfig, key: string): string | undefined {
  const value = config[key];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/**
 * The typed value of one setting from PostHog's string config; a bad value throws a SettingsError naming `label`
 * (the key, or the flag that set it), the value and what is accepted.
 */
export function readSetting(config: RawConfig, setting: IntegerSetting, label?: string): number;
export function readSetting<T extends string>(config: RawConfig, setting: ChoiceSetting<T>, label?: string): T;
export function readSetting(config: RawConfig, setting: YesNoSetting, label?: string): boolean;
export function readSetting(config: RawConfig, setting: TextSetting, label?: string): string;
export function readSetting(config: RawConfig, setting: ThresholdSetting, label?: string): number | undefined;
export function readSetting(config: RawConfig, setting: Setting, label = setting.key): number | string | boolean | undefined {
  if (setting.type === 'yesNo' && typeof config[setting.key] === 'boolean') return config[setting.key] as boolean;
  const text = rawText(config, setting.key);
  switch (setting.type) {
    case 'integer': {
      if (text === undefined) return setting.default;
      const value = parseWholeNumber(text, setting.min, setting.max);
      if (value === undefined) throw new SettingsError(wholeNumberError(label, setting.min, setting.max, text));
      return value;
    }
    case 'choice':
    case 'yesNo': {
      const choices = setting.type === 'yesNo' ? ['yes', 'no'] : setting.choices;
      if (text === undefined) return setting.default;
      const choice = choices.find((candidate) => candidate === text.toLowerCase());
      if (choice === undefined) throw new SettingsError(`${label} must be one of ${choices.map((candidate) => `"${candidate}"`).join(', ')}, got ${quoted(text)}`);
      return setting.type === 'yesNo' ? choice === 'yes' : choice;
    }
    case 'threshold': {
      if (text === undefined) return undefined;
      const value = Number(text);
      if (!/^[\d.eE+-]+$/.test(text) || !(value >= 0 && value <= 1)) {
        throw new SettingsError(`${label} must be a number from 0 to 1 (e.g. 0.5), or blank for the model's own thresholds, got ${quoted(text)}`);
      }
      return value;
    }
    default:
      return text ?? setting.default;
  }
}
