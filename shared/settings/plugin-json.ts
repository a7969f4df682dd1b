import type { ClassifierSpec } from '../plugin/classifier-spec';
import { type SettingDefinition, classifierSettingDefinitions, enabledToggleDefinition, sharedSettingDefinitions } from './setting-definitions';

export interface PluginJsonHeader {
  name: string;
  description: string;
  main: string;
}

/** The plugin.json PostHog reads: name, main file and the settings of the plugin UI, generated from the specs. */
export function pluginJsonFor(header: PluginJsonHeader, specs: readonly ClassifierSpec[], suite: boolean): object {
  const config: SettingDefinition[] = suite
    ? [...specs.map(enabledToggleDefinition), ...specs.flatMap((spec) => classifierSettingDefinitions(spec, spec.name)), ...sharedSettingDefinitions()]
    : [...specs.flatMap((spec) => classifierSettingDefinitions(spec, '')), ...sharedSettingDefinitions()];
  return { ...header, config };
}
