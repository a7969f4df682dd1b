import { EXECUTION_PROVIDERS, type ExecutionProviderChoice } from '../model/execution-provider';
import { resolveModelDir } from '../model/package-root';
import { type BatchingOptions, DEFAULT_BATCHING } from '../inference/micro-batcher';
import type { ClassifierSpec, Side } from '../plugin/classifier-spec';
import { type EventNameMatcher, parseEventNamePatterns } from '../text/event-name-patterns';
import { DEFAULT_EVENT_NAMES, SIDE_CHOICES, prefixedKey } from './setting-definitions';
import { type RawConfig, readChoice, readInteger, readText, readThreshold, readYesNo } from './setting-readers';
import { SettingsError } from './settings-error';

export interface SharedSettings {
  sides: readonly Side[];
  eventNames: EventNameMatcher;
  executionProvider: ExecutionProviderChoice;
  maxTokens: number;
  writeScores: boolean;
  overwriteLabels: boolean;
  timeoutMs: number;
  batching: Partial<BatchingOptions>;
  cacheSize: number;
}

export interface ClassifierSettings {
  spec: ClassifierSpec;
  /** Applies to every label; undefined: the model's own thresholds. */
  threshold: number | undefined;
  /** Model folder (absolute) per side. */
  modelDirBySide: Partial<Record<Side, string>>;
  writeLabelList: boolean;
}

export function parseSharedSettings(config: RawConfig): SharedSettings {
  const sides = readChoice(config, 'classifySides', SIDE_CHOICES, 'both');
  const eventNames = parseEventNamePatterns(readText(config, 'eventNames', DEFAULT_EVENT_NAMES));
  if (eventNames.patterns.length === 0) throw new SettingsError(`eventNames must list at least one event name or prefix pattern, e.g. "${DEFAULT_EVENT_NAMES}"`);
  return {
    sides: sides === 'both' ? ['user', 'agent'] : [sides],
    eventNames,
    executionProvider: readChoice(config, 'executionProvider', EXECUTION_PROVIDERS, 'cpu'),
    maxTokens: readInteger(config, 'maxTokens', 256, 1, 512),
    writeScores: readYesNo(config, 'writeScores', true),
    overwriteLabels: readYesNo(config, 'overwriteLabels', false),
    timeoutMs: readInteger(config, 'timeoutMs', 10_000, 1, 600_000),
    batching: {
      maxBatchSize: readInteger(config, 'maxBatchSize', DEFAULT_BATCHING.maxBatchSize, 1, 1024),
      maxBatchTokens: readInteger(config, 'maxBatchTokens', DEFAULT_BATCHING.maxBatchTokens, 16, 1_000_000),
      maxWaitMs: readInteger(config, 'batchWaitMs', DEFAULT_BATCHING.maxWaitMs, 0, 1000),
      maxQueuedTexts: readInteger(config, 'maxQueuedTexts', DEFAULT_BATCHING.maxQueuedTexts, 1, 1_000_000),
    },
    cacheSize: readInteger(config, 'cacheSize', 10_000, 0, 10_000_000),
  };
}

export function parseClassifierSettings(config: RawConfig, spec: ClassifierSpec, prefix: string): ClassifierSettings {
  const modelDirBySide: Partial<Record<Side, string>> = {};
  for (const slot of spec.models) {
    const dir = resolveModelDir(readText(config, prefixedKey(prefix, slot.settingKey), slot.defaultDir));
    for (const side of slot.sides) modelDirBySide[side] = dir;
  }
  return {
    spec,
    threshold: readThreshold(config, prefixedKey(prefix, 'threshold')),
    modelDirBySide,
    writeLabelList: readYesNo(config, prefixedKey(prefix, 'writeLabelList'), false),
  };
}
