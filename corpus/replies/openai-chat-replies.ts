import type { ProviderReply, SseMessage } from '../loopback/mock-provider';

// Bodies as api.openai.com answers POST /v1/chat/completions (non-streamed and streamed with include_usage).

const MODEL = 'gpt-4o-mini-2024-07-18';
const USAGE = { prompt_tokens: 42, completion_tokens: 12, total_tokens: 54, prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 } };

export interface ChatToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface ChatChoice {
  content?: string | null;
  refusal?: string;
  toolCalls?: ChatToolCall[];
}

function message({ content = null, refusal, toolCalls }: ChatChoice): Record<string, unknown> {
  return {
    role: 'assistant',
    content,
    refusal: refusal ?? null,
    ...(toolCalls ? { tool_calls: toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })) } : {}),
    annotations: [],
  };
}

const finishReason = (choice: ChatChoice): string => (choice.toolCalls ? 'tool_calls' : 'stop');

export function chatCompletion(id: string, ...choices: ChatChoice[]): ProviderReply {
  return {
    json: {
      id, object: 'chat.completion', created: 1_763_900_000, model: MODEL,
      choices: choices.map((choice, index) => ({ index, message: message(choice), logprobs: null, finish_reason: finishReason(choice) })),
      usage: USAGE, service_tier: 'default', system_fingerprint: 'fp_corpus',
    },
  };
}

/** The text split into a few deltas, tool calls as one delta each, then the finish chunk and the usage chunk. */
export function chatCompletionStream(id: string, choice: ChatChoice): ProviderReply {
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): SseMessage => ({
    data: { id, object: 'chat.completion.chunk', created: 1_763_900_000, model: MODEL, service_tier: 'default', system_fingerprint: 'fp_corpus', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] },
  });
  const words = (choice.content ?? '').split(/(?<= )/).filter((word) => word.length > 0);
  return {
    sse: [
      chunk({ role: 'assistant', content: '', refusal: null }),
      ...words.map((word) => chunk({ content: word })),
      ...(choice.toolCalls ?? []).map((call, index) => chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } }] })),
      chunk({}, finishReason(choice)),
      { data: { id, object: 'chat.completion.chunk', created: 1_763_900_000, model: MODEL, choices: [], usage: USAGE } },
      { data: '[DONE]' },
    ],
  };
}

export function embeddingList(count: number): ProviderReply {
  return {
    json: { object: 'list', data: Array.from({ length: count }, (_, index) => ({ object: 'embedding', index, embedding: [0.01, -0.02, 0.03] })), model: 'text-embedding-3-small', usage: { prompt_tokens: 8, total_tokens: 8 } },
  };
}
