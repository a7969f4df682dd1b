import type { PluginEvent } from '@posthog/plugin-scaffold';
import { SeededRandom } from '../modelgen/seeded-random';
import { assistantText, sampleAssistantWordCount, sampleUserWordCount, userText } from './corpus-text';

export interface CorpusOptions {
  /** Number of events (default 2000): half `llm-*`, half `$ai_generation`. */
  events?: number;
  seed?: number;
  /** Share of events (0..1) whose user and assistant texts repeat an earlier event's texts (e.g. 0 or 0.3). */
  repeatShare?: number;
}

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string | Array<{ type: string; text?: string }> };

interface Exchange {
  user: string;
  assistant: string;
}

const SYSTEM_PROMPT = 'You are a helpful assistant. Answer clearly and concisely.';
const LLM_EVENT_NAMES = ['llm-task', 'llm-chat', 'llm-completion'];

/**
 * A seeded synthetic stream of LLM conversation events in both schemas the plugins read
 * (`llm-*` with $llm_input/$llm_output, and `$ai_generation` with $ai_input/$ai_output_choices).
 */
export function generateCorpus(options: CorpusOptions = {}): PluginEvent[] {
  const count = options.events ?? 2000;
  const repeatShare = options.repeatShare ?? 0;
  if (repeatShare < 0 || repeatShare > 1) throw new Error(`repeatShare must be within 0..1, got ${repeatShare}`);
  const random = new SeededRandom(options.seed ?? 7);
  const exchanges: Exchange[] = [];
  const events: PluginEvent[] = [];
  const start = Date.UTC(2024, 0, 1);

  for (let index = 0; index < count; index++) {
    const exchange = exchanges.length > 0 && random.next() < repeatShare
      ? exchanges[random.int(exchanges.length)]
      : { user: userText(random, sampleUserWordCount(random)), assistant: assistantText(random, sampleAssistantWordCount(random)) };
    exchanges.push(exchange);
    const history = exchanges.length > 1 && random.next() < 0.4 ? exchanges[random.int(exchanges.length - 1)] : undefined;
    const sessionId = `session-${Math.floor(index / 8)}`;
    const properties = index % 2 === 0
      ? llmEventProperties(random, exchange, history, sessionId)
      : aiGenerationProperties(random, exchange, history, sessionId, index);
    const timestamp = new Date(start + index * 1000).toISOString();
    events.push({
      uuid: uuidFor(options.seed ?? 7, index),
      event: index % 2 === 0 ? LLM_EVENT_NAMES[random.int(LLM_EVENT_NAMES.length)] : '$ai_generation',
      distinct_id: `user-${random.int(200)}`,
      ip: null,
      site_url: 'http://localhost:8000',
      team_id: 1,
      now: timestamp,
      timestamp,
      properties,
    });
  }
  return events;
}

function llmEventProperties(random: SeededRandom, exchange: Exchange, history: Exchange | undefined, sessionId: string): Record<string, unknown> {
  // Half plain strings, half ChatML lists whose last user message is the turn to classify.
  const input = random.next() < 0.5 ? exchange.user : chatMessages(exchange, history, false);
  return { $llm_input: input, $llm_output: exchange.assistant, $session_id: sessionId };
}

function aiGenerationProperties(random: SeededRandom, exchange: Exchange, history: Exchange | undefined, sessionId: string, index: number): Record<string, unknown> {
  return {
    $ai_input: chatMessages(exchange, history, random.next() < 0.25),
    $ai_output_choices: [{ role: 'assistant', content: exchange.assistant }],
    $ai_model: 'gpt-4o-mini',
    $ai_provider: 'openai',
    $ai_trace_id: `trace-${index}`,
    $ai_input_tokens: 0,
    $ai_output_tokens: 0,
    $ai_latency: 0.5 + random.next() * 3,
    $session_id: sessionId,
  };
}

/** System prompt, optionally an earlier exchange, then the user turn (as text parts when `asParts`). */
function chatMessages(exchange: Exchange, history: Exchange | undefined, asParts: boolean): ChatMessage[] {
  const messages: ChatMessage[] = [{ role: 'system', content: SYSTEM_PROMPT }];
  if (history !== undefined) messages.push({ role: 'user', content: history.user }, { role: 'assistant', content: history.assistant });
  messages.push({ role: 'user', content: asParts ? [{ type: 'text', text: exchange.user }] : exchange.user });
  return messages;
}

/** A deterministic UUID-shaped id, so repeated runs produce identical events. */
function uuidFor(seed: number, index: number): string {
  const hex = (value: number, width: number): string => (value >>> 0).toString(16).padStart(width, '0').slice(-width);
  return `${hex(seed, 8)}-${hex(index >>> 16, 4)}-4${hex(index, 3)}-8000-${hex(index * 2654435761, 12)}`;
}
