import type { ClassifierSpec, ModelSlot, Side } from '../plugin/classifier-spec';
import type { ChoiceSetting, TextSetting, ThresholdSetting, YesNoSetting } from './setting';
import { type RawConfig, readSetting } from './read-setting';
import { SIDE_CHOICES, type SideChoice } from './shared-settings';

/** `threshold` in a single plugin, `emotionThreshold` in the suite. */
export function prefixedKey(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}${key[0].toUpperCase()}${key.slice(1)}`;
}

/** The settings of one classifier; `prefix` is '' in its own plugin and its name in the suite. */
export interface ClassifierSettingRows {
  /** The suite's on/off toggle (suite only). */
  enabled?: YesNoSetting;
  threshold: ThresholdSetting;
  sides: ChoiceSetting<SideChoice>;
  writeLabelList: YesNoSetting;
  /** One folder setting per model slot, in the spec's order. */
  models: Array<{ slot: ModelSlot; setting: TextSetting }>;
}

export function sideChoiceOf(sides: readonly Side[] | undefined): SideChoice {
  if (sides === undefined || sides.length === 2) return 'both';
  return sides[0];
}

export function classifierSettingRows(spec: ClassifierSpec, prefix: string): ClassifierSettingRows {
  const title = prefix === '' ? '' : `${spec.displayName}: `;
  const key = (name: string): string => prefixedKey(prefix, name);
  return {
    enabled:
      prefix === ''
        ? undefined
        : { key: key('enabled'), name: `Label ${spec.displayName.toLowerCase()}`, type: 'yesNo', default: true, perRequest: true, hint: `Run the ${spec.name} classifier.` },
    threshold: {
      key: key('threshold'), name: `${title}Threshold`, type: 'threshold', perRequest: true,
      hint: `A number from 0 to 1 applied to every label. Blank: the model's own tuned thresholds (config.json label_thresholds), else ${spec.defaultThreshold}. Below it, ${spec.fallbackLabel} is written.`,
      flag: { name: `${spec.name}-threshold`, valueName: 'X', help: `${spec.name} threshold 0..1 (default: the model's own, else ${spec.defaultThreshold})` },
    },
    sides: {
      key: key('sides'), name: `${title}Sides to label`, type: 'choice', choices: SIDE_CHOICES, default: sideChoiceOf(spec.defaultSides), perRequest: true,
      hint: `Which sides the ${spec.name} classifier labels (within "Which side to classify"): user, agent or both.`,
      flag: { name: `${spec.name}-sides`, valueName: 'both|user|agent', help: `sides the ${spec.name} classifier labels` },
    },
    writeLabelList: {
      key: key('writeLabelList'), name: `${title}Write all passing labels`, type: 'yesNo', default: false, perRequest: true,
      hint: `Also write <side>_${spec.listPropertyStem}: every label over the threshold, highest first.`,
    },
    models: spec.models.map((slot) => ({
      slot,
      setting: {
        key: key(slot.settingKey), name: `${title}${slot.settingName}`, type: 'folder', default: slot.defaultDir, perRequest: false,
        hint: 'Hugging Face model folder (config.json, tokenizer.json, ONNX), absolute or relative to the posthog-llm-classifiers package folder. See `npx llm-classify models list`.',
        flag: { name: `${slot.id}-model`, valueName: 'DIR', help: `${slot.id} model folder`, path: true },
      },
    })),
  };
}

/** The rows of one classifier but its on/off toggle, in plugin.json order. */
export function classifierSettingList(spec: ClassifierSpec, prefix: string): Array<ThresholdSetting | TextSetting | YesNoSetting | ChoiceSetting> {
  const rows = classifierSettingRows(spec, prefix);
  return [rows.threshold, ...rows.models.map((model) => model.setting), rows.sides, rows.writeLabelList];
}

/** Whether the suite's on/off toggle of `spec` is on in `config` (default yes). */
export function classifierEnabledInSuite(config: RawConfig, spec: ClassifierSpec): boolean {
  const toggle = classifierSettingRows(spec, spec.name).enabled;
  return toggle === undefined || readSetting(config, toggle);
}
