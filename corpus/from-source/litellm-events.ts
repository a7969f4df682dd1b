import { SAID } from '../conversation-texts';
import type { BuiltEvent, BuiltProducer, SourceCitation } from './built-event';

// LiteLLM's PostHog logger sends `$ai_input` = the standard logging payload's `messages` (the request's) and
// `$ai_output_choices` = its `response`: the whole response object, as the provider API's JSON.

const LOGGER: SourceCitation = { repository: 'BerriAI/litellm', file: 'litellm/integrations/posthog.py', commit: '050cc00027a566517574962117d8230e6cab9087' };
/** `Message` dumps with role "assistant" whatever it is given; `ModelResponse` is the chat completion shape. */
const TYPES: SourceCitation = { repository: 'BerriAI/litellm', file: 'litellm/types/utils.py', commit: '2f1f4b1897b5504924ee1b831cef26c47c151154' };
/** `redact_standard_logging_payload_from_model_call_details`: a logger's own turn_off_message_logging. */
const LOGGER_REDACTION: SourceCitation = { repository: 'BerriAI/litellm', file: 'litellm/integrations/custom_logger.py', commit: 'bf84e0a8a55c097fe0f8e3a827d215043430ccd9' };
/** `perform_redaction`: litellm.turn_off_message_logging and the redaction headers. */
const GLOBAL_REDACTION: SourceCitation = { repository: 'BerriAI/litellm', file: 'litellm/litellm_core_utils/redact_messages.py', commit: '0d2dd5114b347dd8646b03959866d075da5dedd1' };

const PLACEHOLDER = 'redacted-by-litellm';

const assistantMessage = (content: string | null, extra: Record<string, unknown> = {}) => ({ content, role: 'assistant', tool_calls: null, function_call: null, ...extra });

function modelResponse(...messages: Array<Record<string, unknown>>): Record<string, unknown> {
  return {
    id: 'chatcmpl-litellm', created: 1_763_900_000, model: 'gpt-4o-mini-2024-07-18', object: 'chat.completion', system_fingerprint: 'fp_corpus',
    choices: messages.map((message, index) => ({ finish_reason: message.tool_calls ? 'tool_calls' : 'stop', index, message })),
    usage: { completion_tokens: 12, prompt_tokens: 42, total_tokens: 54 },
  };
}

function responsesResponse(output: Array<Record<string, unknown>>): Record<string, unknown> {
  return { id: 'resp_litellm', object: 'response', created_at: 1_763_900_000, status: 'completed', model: 'gpt-5-mini', output, usage: { input_tokens: 30, output_tokens: 40, total_tokens: 70 } };
}

function generation(scenario: string, expected: BuiltEvent['expected'], input: unknown, output: unknown, builtFrom: SourceCitation[] = [LOGGER, TYPES]): BuiltEvent {
  const properties = {
    $ai_model: 'gpt-4o-mini', $ai_provider: 'openai', $ai_input: input, $ai_output_choices: output,
    $ai_input_tokens: 42, $ai_output_tokens: 12, $ai_total_cost_usd: 0.00002, $ai_latency: 0.8,
    $ai_trace_id: 'litellm-trace-1', $ai_span_id: 'litellm-call-1',
  };
  return { scenario, expected, event: '$ai_generation', properties, builtFrom };
}

const toolCall = { id: 'call_weather_1', type: 'function', function: { name: 'get_weather', arguments: SAID.toolArguments } };
const firstTurn = [{ role: 'system', content: SAID.system }, { role: 'user', content: SAID.user }];

export const litellmEvents: BuiltProducer = {
  producer: 'litellm-posthog-logger',
  description: "LiteLLM's PostHog logger (litellm.callbacks = ['posthog'])",
  events: [
    generation('chat completion', { userText: SAID.user, agentText: SAID.assistant }, firstTurn, modelResponse(assistantMessage(SAID.assistant))),
    generation('chat completion with the last user turn as parts', { userText: SAID.user, agentText: SAID.assistant },
      [{ role: 'user', content: SAID.earlierUser }, { role: 'assistant', content: SAID.earlierAssistant }, { role: 'user', content: [{ type: 'text', text: SAID.user }, { type: 'image_url', image_url: { url: 'https://example.com/hotel.png' } }] }],
      modelResponse(assistantMessage(SAID.assistant))),
    generation('reasoning model: reasoning_content and thinking_blocks beside the content', { userText: SAID.user, agentText: SAID.assistant }, firstTurn,
      modelResponse(assistantMessage(SAID.assistant, { reasoning_content: SAID.reasoning, thinking_blocks: [{ type: 'thinking', thinking: SAID.reasoning, signature: 'sig' }] }))),
    generation('tool call', { userText: SAID.user }, firstTurn, modelResponse(assistantMessage(null, { tool_calls: [toolCall] }))),
    generation('the turn after the tool result', { agentText: SAID.assistant },
      [...firstTurn, { role: 'assistant', content: null, tool_calls: [toolCall] }, { role: 'tool', tool_call_id: 'call_weather_1', content: SAID.toolOutput }],
      modelResponse(assistantMessage(SAID.assistant))),
    generation('n=2', { userText: SAID.user, agentText: SAID.assistant }, firstTurn, modelResponse(assistantMessage(SAID.assistant), assistantMessage(SAID.otherChoice))),
    generation('Responses API with reasoning and web search', { userText: SAID.user, agentText: SAID.assistant },
      [{ type: 'message', role: 'developer', content: SAID.system }, { type: 'message', role: 'user', content: [{ type: 'input_text', text: SAID.user }] }],
      responsesResponse([
        { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: SAID.reasoning }] },
        { type: 'web_search_call', id: 'ws_1', status: 'completed', action: { type: 'search', query: SAID.searchQuery } },
        { type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: SAID.assistant, annotations: [] }] },
      ])),
    generation('Responses API, the turn after the function output', { agentText: SAID.assistant },
      [{ role: 'user', content: SAID.user }, { type: 'function_call', call_id: 'call_weather_1', name: 'get_weather', arguments: SAID.toolArguments }, { type: 'function_call_output', call_id: 'call_weather_1', output: SAID.toolOutput }],
      responsesResponse([{ type: 'message', id: 'msg_2', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: SAID.assistant, annotations: [] }] }])),
    generation('Responses API refusal', { userText: SAID.user, agentText: SAID.refusal }, SAID.user,
      responsesResponse([{ type: 'message', id: 'msg_3', role: 'assistant', status: 'completed', content: [{ type: 'refusal', refusal: SAID.refusal }] }])),
    generation('Anthropic pass-through (/v1/messages)', { userText: SAID.user, agentText: SAID.assistant },
      [{ role: 'user', content: [{ type: 'text', text: SAID.user }] }],
      { id: 'msg_litellm', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [{ type: 'thinking', thinking: SAID.reasoning, signature: 'sig' }, { type: 'text', text: SAID.assistant }], stop_reason: 'end_turn', usage: { input_tokens: 50, output_tokens: 25 } }),
    generation("the logger's message logging off", {}, [assistantMessage(PLACEHOLDER)], modelResponse(assistantMessage(PLACEHOLDER)), [LOGGER, LOGGER_REDACTION, TYPES]),
    generation('message logging off for the whole proxy', {}, [{ role: 'user', content: PLACEHOLDER }], modelResponse(assistantMessage(PLACEHOLDER)), [LOGGER, GLOBAL_REDACTION]),
    generation('message logging off, Responses API', {}, [{ role: 'user', content: PLACEHOLDER }],
      responsesResponse([{ type: 'message', id: 'msg_4', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: PLACEHOLDER, annotations: [] }] }]), [LOGGER, GLOBAL_REDACTION]),
    generation('message logging off, streamed', {}, [{ role: 'user', content: PLACEHOLDER }], { text: PLACEHOLDER }, [LOGGER, GLOBAL_REDACTION]),
    { scenario: 'embedding of one text', expected: { userText: SAID.user }, event: '$ai_embedding', properties: { $ai_model: 'text-embedding-3-small', $ai_provider: 'openai', $ai_input: [SAID.user], $ai_input_tokens: 8, $ai_latency: 0.2 }, builtFrom: [LOGGER] },
  ],
};
