import type { Meta, Plugin, PluginEvent } from '@posthog/plugin-scaffold';
import * as suite from '../../index';
import * as emotion from '../../plugins/emotion';
import * as flow from '../../plugins/flow';
import * as toxicity from '../../plugins/toxicity';

// Compile-time check (run by `npm run typecheck` in CI): every plugin module is a PostHog `Plugin`, and its
// processEvent accepts PostHog's PluginEvent and Meta and gives back a PluginEvent.
export const pluginModules = [suite, emotion, toxicity, flow] satisfies Plugin[];
export const labelsPostHogEvents: (event: PluginEvent, meta: Meta) => Promise<PluginEvent> = emotion.processEvent;
