import { join } from 'node:path';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { classifierSettingRows } from '../../shared';

/** Where jest's global setup builds the fixture models (see modelgen/fixtures). */
export const FIXTURE_MODELS_DIR = join(__dirname, '..', '..', '.fixtures', 'models');

/** A fixture folder: a model slot id (`emotion`, `user-flow`, ...) or a variant (`emotion-wordpiece`, `toxicity-en`). */
export type FixtureFolder = string;
export const fixtureModel = (folder: FixtureFolder): string => join(FIXTURE_MODELS_DIR, folder);

const singlePluginSettings = Object.fromEntries(CLASSIFIER_SPECS.map((spec) => [spec.name, Object.fromEntries(spec.models.map((slot) => [slot.settingKey, fixtureModel(slot.id)]))]));
const suiteSettings = Object.fromEntries(CLASSIFIER_SPECS.flatMap((spec) => classifierSettingRows(spec, spec.name).models.map(({ slot, setting }) => [setting.key, fixtureModel(slot.id)])));

/** Plugin settings that point every classifier at the fixture models: per single plugin (`FIXTURE_SETTINGS.flow`) and for the suite. */
export const FIXTURE_SETTINGS: Record<string, Record<string, string>> & { suite: Record<string, string> } = { ...singlePluginSettings, suite: suiteSettings };

/** The CLI flags that point every model slot at its fixture model (`--emotion-model DIR`, `--user-flow-model DIR`, ...). */
export const FIXTURE_MODEL_FLAGS: string[] = CLASSIFIER_SPECS.flatMap((spec) =>
  classifierSettingRows(spec, spec.name).models.flatMap(({ slot, setting }) => (setting.flag ? [`--${setting.flag.name}`, fixtureModel(slot.id)] : [])),
);

/** Suite toggles that turn on exactly the classifiers named (`suiteToggles(['emotion'])`: every other one off). */
export function suiteToggles(enabled: readonly string[]): Record<string, string> {
  return Object.fromEntries(CLASSIFIER_SPECS.map((spec) => [classifierSettingRows(spec, spec.name).enabled?.key ?? '', enabled.includes(spec.name) ? 'yes' : 'no']));
}
