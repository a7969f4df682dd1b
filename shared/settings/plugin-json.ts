import type { ClassifierSpec } from '../plugin/classifier-spec';
import { type Setting, defaultText } from './setting';
import { pluginSettings } from './suite-layout';

export interface PluginJsonHeader {
  name: string;
  description: string;
  main: string;
}

/** One entry of a plugin.json `config` list, as PostHog's plugin UI reads it. */
export interface PluginJsonSetting {
  key: string;
  name: string;
  type: 'string' | 'choice';
  default: string;
  hint: string;
  required: boolean;
  choices?: string[];
  secret?: boolean;
}

function rangeNote(setting: Setting): string {
  return setting.type === 'integer' ? ` (${setting.min} to ${setting.max})` : '';
}

export function pluginJsonSetting(setting: Setting): PluginJsonSetting {
  const choices = setting.type === 'choice' ? [...setting.choices] : setting.type === 'yesNo' ? ['yes', 'no'] : undefined;
  return {
    key: setting.key,
    name: setting.name,
    type: choices ? 'choice' : 'string',
    ...(choices ? { choices } : {}),
    default: defaultText(setting),
    hint: `${setting.hint}${rangeNote(setting)}`,
    required: setting.required ?? false,
    ...(setting.secret ? { secret: true } : {}),
  };
}

/** The plugin.json PostHog reads: name, main file and the settings of the plugin UI, generated from the specs. */
export function pluginJsonFor(header: PluginJsonHeader, specs: readonly ClassifierSpec[], suite: boolean): PluginJsonHeader & { config: PluginJsonSetting[] } {
  return { ...header, config: pluginSettings(specs, suite).map(pluginJsonSetting) };
}
