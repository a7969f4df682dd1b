import { CLASSIFIER_SPECS } from './classifier-specs';
import { type Setting, pluginSettings } from '../shared';

/** The suite plugin's settings (the root plugin.json): the keys `--config` files, flags and the server accept. */
export const SUITE_SETTINGS: readonly Setting[] = pluginSettings(CLASSIFIER_SPECS, true);
export const SUITE_SETTING_KEYS: ReadonlySet<string> = new Set(SUITE_SETTINGS.map((setting) => setting.key));
export const CLASSIFIER_NAMES: readonly string[] = CLASSIFIER_SPECS.map((spec) => spec.name);
