import { SettingsError } from './settings-error';

/** PostHog passes every setting as a string, or leaves it out; `undefined` and blank mean "use the default". */
export type RawConfig = Record<string, unknown>;

function rawText(config: RawConfig, key: string): string | undefined {
  const value = config[key];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

export function readText(config: RawConfig, key: string, fallback: string): string {
  return rawText(config, key) ?? fallback;
}

export function readChoice<T extends string>(config: RawConfig, key: string, choices: readonly T[], fallback: T): T {
  const text = rawText(config, key);
  if (text === undefined) return fallback;
  const choice = choices.find((candidate) => candidate === text.toLowerCase());
  if (choice === undefined) throw new SettingsError(`${key} must be one of ${choices.map((c) => `"${c}"`).join(', ')}, got ${JSON.stringify(text)}`);
  return choice;
}

export function readYesNo(config: RawConfig, key: string, fallback: boolean): boolean {
  const value = config[key];
  if (typeof value === 'boolean') return value;
  return readChoice(config, key, ['yes', 'no'] as const, fallback ? 'yes' : 'no') === 'yes';
}

export function readInteger(config: RawConfig, key: string, fallback: number, min: number, max: number): number {
  const text = rawText(config, key);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new SettingsError(`${key} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
}

/** A threshold, or `undefined` when left blank (then the model's own thresholds apply). */
export function readThreshold(config: RawConfig, key: string): number | undefined {
  const text = rawText(config, key);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^[\d.eE+-]+$/.test(text) || !(value >= 0 && value <= 1)) {
    throw new SettingsError(`${key} must be a number from 0 to 1 (e.g. 0.5), or blank for the model's own thresholds, got ${JSON.stringify(text)}`);
  }
  return value;
}
