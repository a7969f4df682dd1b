import type { ProviderReply, SseMessage } from '../loopback/mock-provider';

// Bodies as api.anthropic.com answers POST /v1/messages, and the event stream of `stream: true`.

const MODEL = 'claude-sonnet-4-5-20250929';

export type AnthropicBlock = { type: 'text'; text: string } | { type: 'thinking'; thinking: string; signature: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };

const stopReason = (blocks: AnthropicBlock[]): string => (blocks.some((block) => block.type === 'tool_use') ? 'tool_use' : 'end_turn');
const usage = { input_tokens: 50, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 25, service_tier: 'standard' };

export const anthropicMessage = (id: string, ...content: AnthropicBlock[]): ProviderReply => ({
  json: { id, type: 'message', role: 'assistant', model: MODEL, content, stop_reason: stopReason(content), stop_sequence: null, usage },
});

function blockEvents(block: AnthropicBlock, index: number): SseMessage[] {
  const event = (type: string, body: Record<string, unknown>): SseMessage => ({ event: type, data: { type, ...body } });
  const delta = (body: Record<string, unknown>): SseMessage => event('content_block_delta', { index, delta: body });
  if (block.type === 'text') return [event('content_block_start', { index, content_block: { type: 'text', text: '' } }), ...block.text.split(/(?<= )/).map((text) => delta({ type: 'text_delta', text })), event('content_block_stop', { index })];
  if (block.type === 'thinking') return [event('content_block_start', { index, content_block: { type: 'thinking', thinking: '', signature: '' } }), delta({ type: 'thinking_delta', thinking: block.thinking }), delta({ type: 'signature_delta', signature: block.signature }), event('content_block_stop', { index })];
  return [event('content_block_start', { index, content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} } }), delta({ type: 'input_json_delta', partial_json: JSON.stringify(block.input) }), event('content_block_stop', { index })];
}

export function anthropicStream(id: string, ...content: AnthropicBlock[]): ProviderReply {
  return {
    sse: [
      { event: 'message_start', data: { type: 'message_start', message: { id, type: 'message', role: 'assistant', model: MODEL, content: [], stop_reason: null, stop_sequence: null, usage: { ...usage, output_tokens: 1 } } } },
      ...content.flatMap(blockEvents),
      { event: 'message_delta', data: { type: 'message_delta', delta: { stop_reason: stopReason(content), stop_sequence: null }, usage: { output_tokens: usage.output_tokens } } },
      { event: 'message_stop', data: { type: 'message_stop' } },
    ],
  };
}
