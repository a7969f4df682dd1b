import { logWarning } from '../log';
import { classifierEnabledInSuite, classifierSettingRows } from '../settings/classifier-settings';
import type { RawConfig } from '../settings/read-setting';
import { SettingsError } from '../settings/settings-error';
import type { ClassifierSpec } from './classifier-spec';
import { type LabelOutcome, type LabelableEvent, LabelingRuntime } from './labeling-runtime';

/** The part of PostHog's plugin `meta` we use. */
export interface ClassifierPluginMeta {
  config: RawConfig;
  global: Record<string, unknown>;
}

export interface ClassifierPlugin {
  setupPlugin(meta: ClassifierPluginMeta): Promise<void>;
  processEvent<E extends LabelableEvent>(event: E, meta: ClassifierPluginMeta): Promise<E>;
  teardownPlugin(meta: ClassifierPluginMeta): Promise<void>;
}

export interface PluginLayout {
  specs: readonly ClassifierSpec[];
  /** The suite: settings are prefixed with each classifier's name and each has an on/off toggle. */
  suite?: boolean;
}

const RUNTIME_KEY = 'llmClassifiersRuntime';

function runtimeOf(meta: ClassifierPluginMeta): LabelingRuntime | undefined {
  const runtime = meta.global?.[RUNTIME_KEY];
  return runtime instanceof LabelingRuntime ? runtime : undefined;
}

function enabledSpecs(config: RawConfig, layout: PluginLayout): ClassifierSpec[] {
  if (!layout.suite) return [...layout.specs];
  const enabled = layout.specs.filter((spec) => classifierEnabledInSuite(config, spec));
  if (enabled.length === 0) throw new SettingsError(`every classifier is turned off (${layout.specs.map((spec) => classifierSettingRows(spec, spec.name).enabled?.key).join(', ')} are all "no"); turn at least one on`);
  return enabled;
}

/** Per-model counters (session runs, batch sizes, cache hits) of a set-up plugin instance; empty before setup. */
export function labelingStats(meta: ClassifierPluginMeta): ReturnType<LabelingRuntime['stats']> {
  return runtimeOf(meta)?.stats() ?? [];
}

/**
 * processEvent of the plugin set up on `meta` (any plugin this factory built), plus what it did: the server reports
 * a time-out in its reply and metrics, where an untouched event alone cannot tell it from "nothing to label".
 */
export async function processEventWithOutcome(event: LabelableEvent, meta: ClassifierPluginMeta): Promise<LabelOutcome> {
  const runtime = runtimeOf(meta);
  if (!runtime) {
    logWarning('processEvent called before a successful setupPlugin; event passed through unlabeled');
    return 'failed';
  }
  return runtime.label(event);
}

/** Builds a PostHog plugin (`setupPlugin`, `processEvent`, `teardownPlugin`) from classifier declarations. */
export function createClassifierPlugin(layout: PluginLayout): ClassifierPlugin {
  return {
    async setupPlugin(meta) {
      const config = meta.config ?? {};
      const specs = enabledSpecs(config, layout);
      const runtime = await LabelingRuntime.start(config, (shared) => LabelingRuntime.parseClassifiers(config, specs, layout.suite === true, shared));
      meta.global[RUNTIME_KEY] = runtime;
    },

    async processEvent(event, meta) {
      await processEventWithOutcome(event, meta);
      return event;
    },

    async teardownPlugin(meta) {
      const runtime = runtimeOf(meta);
      if (!runtime) return;
      delete meta.global[RUNTIME_KEY];
      await runtime.stop();
    },
  };
}
