import type { ClassifierSpec } from '../plugin/classifier-spec';
import { classifierSettingList, classifierSettingRows } from './classifier-settings';
import type { Setting } from './setting';
import { SHARED_SETTINGS } from './shared-settings';

/** Every setting of a plugin made of `specs`, in plugin.json order; the suite prefixes classifier keys and adds on/off toggles first. */
export function pluginSettings(specs: readonly ClassifierSpec[], suite: boolean): Setting[] {
  const toggles = suite ? specs.flatMap((spec) => classifierSettingRows(spec, spec.name).enabled ?? []) : [];
  const perClassifier = specs.flatMap((spec) => classifierSettingList(spec, suite ? spec.name : ''));
  return [...toggles, ...perClassifier, ...Object.values(SHARED_SETTINGS)];
}
