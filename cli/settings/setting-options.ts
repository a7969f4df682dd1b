import { type IntegerSetting, type Setting, type SettingFlag, defaultText, readSetting } from '../../shared';
import type { OptionSpec } from '../args';

/** A flag's help: its text, then the range and default the setting row declares (one source for --help and plugin.json). */
export function flagHelp(setting: Setting, help: string): string {
  const range = setting.type === 'integer' ? `, ${setting.min} to ${setting.max}` : '';
  const fallback = defaultText(setting);
  return fallback === '' && range === '' ? help : `${help} (${fallback === '' ? range.slice(2) : `default ${fallback}${range}`})`;
}

/** The option spec of a setting's flag: a value flag, or a boolean flag that sets a yes/no setting. */
export function optionFor(setting: Setting): [string, OptionSpec] {
  const flag = setting.flag;
  if (flag === undefined) throw new Error(`setting ${setting.key} has no CLI flag`);
  if ('sets' in flag) return [flag.name, { type: 'boolean', description: flag.help }];
  return [flag.name, { type: 'string', valueName: flag.valueName, description: flagHelp(setting, flag.help) }];
}

/** The flag of a command option declared as a setting row (ports, limits): its own, else `--<key> N` with the row's hint. */
export function commandFlag(setting: Setting): SettingFlag {
  return setting.flag ?? { name: setting.key, valueName: 'N', help: setting.hint };
}

/** Options of a command that are not plugin settings (ports, limits) but are declared as setting rows: key = flag name. */
export function commandOptions(settings: readonly Setting[]): Record<string, OptionSpec> {
  return Object.fromEntries(settings.map((setting) => optionFor({ ...setting, flag: commandFlag(setting) })));
}

/** A command option declared as an integer row, read from the parsed flags with the one whole-number parser. */
export function readIntegerOption(values: Record<string, string | undefined>, setting: IntegerSetting): number {
  return readSetting(values, setting, `--${commandFlag(setting).name}`);
}
