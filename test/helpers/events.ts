import type { PluginEvent } from '@posthog/plugin-scaffold';

let sequence = 0;

function baseEvent(event: string, properties: Record<string, unknown>): PluginEvent {
  sequence++;
  return {
    distinct_id: `user-${sequence}`,
    ip: null,
    site_url: 'http://localhost:8000',
    team_id: 1,
    now: '2026-11-23T12:00:00.000Z',
    event,
    uuid: `0190-fixture-${sequence}`,
    properties,
  };
}

/** A PostHog-LLM event: `$llm_input` a string or ChatML list, `$llm_output` the assistant text. */
export function llmEvent(input: unknown, output: unknown, extra: Record<string, unknown> = {}, name = 'llm-task'): PluginEvent {
  return baseEvent(name, { $llm_input: input, $llm_output: output, $session_id: 'session-1', ...extra });
}

/** A PostHog LLM analytics `$ai_generation` event. */
export function aiGenerationEvent(input: unknown, outputChoices: unknown, extra: Record<string, unknown> = {}): PluginEvent {
  return baseEvent('$ai_generation', { $ai_input: input, $ai_output_choices: outputChoices, $ai_model: 'gpt-4o-mini', ...extra });
}

export const chat = (...turns: Array<[role: string, content: unknown]>): Array<{ role: string; content: unknown }> => turns.map(([role, content]) => ({ role, content }));

/** A plugin `meta` as PostHog passes it: settings as strings, a fresh `global`. */
export function pluginMeta(config: Record<string, string>): { config: Record<string, string>; global: Record<string, unknown> } {
  return { config, global: {} };
}
