import type { ProviderReply, SseMessage } from '../loopback/mock-provider';

// Bodies as api.openai.com answers POST /v1/responses, and the event stream of `stream: true`.

const MODEL = 'gpt-5-mini-2025-08-07';

export type ResponseItem = Record<string, unknown> & { type: string };

export const reasoningItem = (id: string, summary: string): ResponseItem => ({ type: 'reasoning', id, summary: [{ type: 'summary_text', text: summary }] });

export const webSearchItem = (id: string, query: string): ResponseItem => ({ type: 'web_search_call', id, status: 'completed', action: { type: 'search', query, sources: [] } });

export const functionCallItem = (id: string, callId: string, name: string, args: string): ResponseItem => ({ type: 'function_call', id, call_id: callId, name, arguments: args, status: 'completed' });

export const messageItem = (id: string, text: string, citationUrl?: string): ResponseItem => ({
  type: 'message', id, status: 'completed', role: 'assistant',
  content: [{ type: 'output_text', text, logprobs: [], annotations: citationUrl ? [{ type: 'url_citation', start_index: 0, end_index: 5, url: citationUrl, title: 'Source' }] : [] }],
});

export const refusalItem = (id: string, refusal: string): ResponseItem => ({ type: 'message', id, status: 'completed', role: 'assistant', content: [{ type: 'refusal', refusal }] });

function response(id: string, status: string, output: ResponseItem[]): Record<string, unknown> {
  return {
    id, object: 'response', created_at: 1_763_900_000, status, background: false, error: null, incomplete_details: null,
    instructions: null, model: MODEL, output, parallel_tool_calls: true, previous_response_id: null,
    reasoning: { effort: 'low', summary: 'auto' }, service_tier: 'default', store: true, temperature: 1,
    text: { format: { type: 'text' }, verbosity: 'medium' }, tool_choice: 'auto', tools: [], top_p: 1, truncation: 'disabled',
    usage: status === 'completed' ? { input_tokens: 30, input_tokens_details: { cached_tokens: 0 }, output_tokens: 40, output_tokens_details: { reasoning_tokens: 16 }, total_tokens: 70 } : null,
    metadata: {},
  };
}

export const responseObject = (id: string, output: ResponseItem[]): ProviderReply => ({ json: response(id, 'completed', output) });

/** A message's one content part added, its text (or refusal) in deltas, done. */
function contentPartEvents(item: ResponseItem, outputIndex: number): Array<Record<string, unknown> & { type: string }> {
  const part = (item.content as Array<{ type: string; text?: string; refusal?: string }>)[0];
  const at = { item_id: item.id, output_index: outputIndex, content_index: 0 };
  const isRefusal = part.type === 'refusal';
  const words = (isRefusal ? part.refusal : part.text) ?? '';
  return [
    { type: 'response.content_part.added', ...at, part: isRefusal ? { type: 'refusal', refusal: '' } : { type: 'output_text', text: '', annotations: [], logprobs: [] } },
    ...words.split(/(?<= )/).map((delta) => (isRefusal ? { type: 'response.refusal.delta', ...at, delta } : { type: 'response.output_text.delta', ...at, delta, logprobs: [] })),
    isRefusal ? { type: 'response.refusal.done', ...at, refusal: words } : { type: 'response.output_text.done', ...at, text: words, logprobs: [] },
    { type: 'response.content_part.done', ...at, part },
  ];
}

/** created, in_progress, each item added (with text deltas for messages) and done, then completed. */
export function responseStream(id: string, output: ResponseItem[]): ProviderReply {
  const events: Array<Record<string, unknown> & { type: string }> = [{ type: 'response.created', response: response(id, 'in_progress', []) }, { type: 'response.in_progress', response: response(id, 'in_progress', []) }];
  output.forEach((item, outputIndex) => {
    const isMessage = item.type === 'message';
    events.push({ type: 'response.output_item.added', output_index: outputIndex, item: isMessage ? { ...item, status: 'in_progress', content: [] } : item });
    if (isMessage) events.push(...contentPartEvents(item, outputIndex));
    events.push({ type: 'response.output_item.done', output_index: outputIndex, item });
  });
  events.push({ type: 'response.completed', response: response(id, 'completed', output) });
  const sse: SseMessage[] = events.map((event, sequence) => ({ event: event.type, data: { ...event, sequence_number: sequence } }));
  return { sse };
}
