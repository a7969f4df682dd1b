import type { ExecutionProviderChoice } from '../model/execution-provider';
import { resolveModelDir } from '../model/package-root';
import type { BatchingOptions } from '../inference/micro-batcher';
import { type ClassifierSpec, type ModelSlot, SIDES, type Side } from '../plugin/classifier-spec';
import { type EventNameMatcher, parseEventNamePatterns } from '../text/event-name-patterns';
import { classifierSettingRows } from './classifier-settings';
import { type RawConfig, readSetting } from './read-setting';
import { SettingsError } from './settings-error';
import { SHARED_SETTINGS, type SideChoice } from './shared-settings';

export interface SharedSettings {
  sides: readonly Side[];
  eventNames: EventNameMatcher;
  executionProvider: ExecutionProviderChoice;
  maxTokens: number;
  writeScores: boolean;
  overwriteLabels: boolean;
  languageGate: boolean;
  writeLanguage: boolean;
  timeoutMs: number;
  batching: BatchingOptions;
  cacheSize: number;
}

/** The model a classifier uses on one side: its folder (absolute) and the slot it fills. */
export interface SideModel {
  dir: string;
  slot: ModelSlot;
}

export interface ClassifierSettings {
  spec: ClassifierSpec;
  /** Applies to every label; undefined: the model's own thresholds. */
  threshold: number | undefined;
  /** Sides this classifier labels, within the shared `classifySides`. */
  sides: readonly Side[];
  modelBySide: Partial<Record<Side, SideModel>>;
  writeLabelList: boolean;
}

const sidesOf = (choice: SideChoice): readonly Side[] => (choice === 'both' ? SIDES : [choice]);

export function parseSharedSettings(config: RawConfig): SharedSettings {
  const eventNames = parseEventNamePatterns(readSetting(config, SHARED_SETTINGS.eventNames));
  if (eventNames.patterns.length === 0) throw new SettingsError(`eventNames must list at least one event name or prefix pattern, e.g. "${SHARED_SETTINGS.eventNames.default}"`);
  return {
    sides: sidesOf(readSetting(config, SHARED_SETTINGS.classifySides)),
    eventNames,
    executionProvider: readSetting(config, SHARED_SETTINGS.executionProvider),
    maxTokens: readSetting(config, SHARED_SETTINGS.maxTokens),
    writeScores: readSetting(config, SHARED_SETTINGS.writeScores),
    overwriteLabels: readSetting(config, SHARED_SETTINGS.overwriteLabels),
    languageGate: readSetting(config, SHARED_SETTINGS.languageGate),
    writeLanguage: readSetting(config, SHARED_SETTINGS.writeLanguage),
    timeoutMs: readSetting(config, SHARED_SETTINGS.timeoutMs),
    batching: {
      maxBatchSize: readSetting(config, SHARED_SETTINGS.maxBatchSize),
      maxBatchTokens: readSetting(config, SHARED_SETTINGS.maxBatchTokens),
      maxWaitMs: readSetting(config, SHARED_SETTINGS.batchWaitMs),
      maxQueuedTexts: readSetting(config, SHARED_SETTINGS.maxQueuedTexts),
    },
    cacheSize: readSetting(config, SHARED_SETTINGS.cacheSize),
  };
}

export function parseClassifierSettings(config: RawConfig, spec: ClassifierSpec, prefix: string, shared: SharedSettings): ClassifierSettings {
  const rows = classifierSettingRows(spec, prefix);
  const ownSides = sidesOf(readSetting(config, rows.sides));
  const sides = shared.sides.filter((side) => ownSides.includes(side));
  const modelBySide: Partial<Record<Side, SideModel>> = {};
  for (const { slot, setting } of rows.models) {
    const dir = resolveModelDir(readSetting(config, setting));
    for (const side of slot.sides) if (sides.includes(side)) modelBySide[side] = { dir, slot };
  }
  return {
    spec,
    threshold: readSetting(config, rows.threshold),
    sides,
    modelBySide,
    writeLabelList: readSetting(config, rows.writeLabelList),
  };
}
