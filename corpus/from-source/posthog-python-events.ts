import { SAID } from '../conversation-texts';
import type { BuiltEvent, BuiltProducer, SourceCitation } from './built-event';

// posthog-python's `posthog.ai` wrappers and LangChain callback handlers.

const REPO = 'PostHog/posthog-python';
/** `format_openai_input` keeps only role and content of each message or Responses item (no role: "user"); `format_openai_response` merges all choices into one message. */
const OPENAI: SourceCitation = { repository: REPO, file: 'posthog/ai/openai/openai_converter.py', commit: '0455e235bb9c00623da0660c235a667d245c3ee9' };
const ANTHROPIC: SourceCitation = { repository: REPO, file: 'posthog/ai/anthropic/anthropic_converter.py', commit: 'f2d67b62733b7fe314ce832cb812f98ae98ad61f' };
/** The handler sending `$ai_output_choices` (messages as {role, content} plus their additional_kwargs). */
const LANGCHAIN: SourceCitation = { repository: REPO, file: 'posthog/ai/langchain/callbacks.py', commit: '0384b8c7d76a31e9133930dc599584d397ba1a61' };
/** The older handler: `$ai_output` = {"choices": [...]}, a text generation as its stripped text. */
const OLD_LANGCHAIN: SourceCitation = { repository: REPO, file: 'posthog/ai/providers/langchain.py', commit: '2d6513e1d8d837e5dd78f5a3df7a11891f01b513' };

const textMessage = (...texts: string[]) => ({ role: 'assistant', content: texts.map((text) => ({ type: 'text', text })) });
const firstTurn = [{ role: 'system', content: SAID.system }, { role: 'user', content: SAID.user }];
const weatherFunction = { type: 'function', id: 'call_weather_1', function: { name: 'get_weather', arguments: SAID.toolArguments } };

function generation(scenario: string, expected: BuiltEvent['expected'], source: SourceCitation, input: unknown, output: unknown, outputKey = '$ai_output_choices'): BuiltEvent {
  const properties = { $ai_provider: 'openai', $ai_model: 'gpt-4o-mini', $ai_model_parameters: {}, $ai_input: input, [outputKey]: output, $ai_http_status: 200, $ai_input_tokens: 42, $ai_output_tokens: 12, $ai_latency: 0.8, $ai_trace_id: 'python-trace-1', $ai_lib: 'posthog-python' };
  return { scenario, expected, event: '$ai_generation', properties, builtFrom: [source] };
}

export const posthogPythonEvents: BuiltProducer = {
  producer: 'posthog-python-ai',
  description: "posthog-python's posthog.ai wrappers (OpenAI, Anthropic) and LangChain callback handlers",
  events: [
    generation('OpenAI chat completion', { userText: SAID.user, agentText: SAID.assistant }, OPENAI, firstTurn, [textMessage(SAID.assistant)]),
    // Both choices land in one message, so both are read: the Python wrapper keeps no trace of which choice is first.
    generation('OpenAI chat completion, n=2', { userText: SAID.user, agentText: `${SAID.assistant}\n${SAID.otherChoice}` }, OPENAI, firstTurn, [textMessage(SAID.assistant, SAID.otherChoice)]),
    generation('OpenAI tool call', { userText: SAID.user }, OPENAI, firstTurn, [{ role: 'assistant', content: [weatherFunction] }]),
    generation('OpenAI turn after the tool result', { agentText: SAID.assistant }, OPENAI,
      [...firstTurn, { role: 'assistant', content: null }, { role: 'tool', content: SAID.toolOutput }], [textMessage(SAID.assistant)]),
    // A function_call_output item has no role and no content: it becomes {"role": "user", "content": ""}.
    generation('OpenAI Responses turn after the function output', { agentText: SAID.assistant }, OPENAI,
      [{ role: 'user', content: SAID.user }, { role: 'user', content: '' }, { role: 'user', content: '' }], [textMessage(SAID.assistant)]),
    generation('OpenAI privacy mode', {}, OPENAI, null, null),
    generation('Anthropic tool_use, then the tool_result turn', { agentText: SAID.assistant }, ANTHROPIC,
      [{ role: 'system', content: SAID.system }, { role: 'user', content: SAID.user }, { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: JSON.parse(SAID.toolArguments) as unknown }] }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: SAID.toolOutput }] }],
      [textMessage(SAID.assistant)]),
    generation('LangChain chat model', { userText: SAID.user, agentText: SAID.assistant }, LANGCHAIN, firstTurn, [{ role: 'assistant', content: SAID.assistant }]),
    generation('LangChain tool call (additional_kwargs merged into the message)', { userText: SAID.user }, LANGCHAIN, firstTurn, [{ role: 'assistant', content: '', tool_calls: [{ id: 'call_weather_1', type: 'function', function: { name: 'get_weather', arguments: SAID.toolArguments } }] }]),
    generation('LangChain turn after the tool message', { agentText: SAID.assistant }, LANGCHAIN, [...firstTurn, { role: 'assistant', content: '' }, { role: 'tool', content: SAID.toolOutput }], [{ role: 'assistant', content: SAID.assistant }]),
    generation('older LangChain handler: $ai_output', { userText: SAID.user, agentText: SAID.assistant }, OLD_LANGCHAIN, firstTurn, { choices: [{ role: 'assistant', content: SAID.assistant }] }, '$ai_output'),
    generation('older LangChain handler, a text LLM: prompts in, stripped text out', { userText: SAID.user, agentText: SAID.assistant }, OLD_LANGCHAIN, [SAID.user], { choices: [SAID.assistant] }, '$ai_output'),
    generation('older LangChain handler, a tool call', { userText: SAID.user }, OLD_LANGCHAIN, firstTurn,
      { choices: [{ role: 'assistant', content: '', additional_kwargs: { tool_calls: [{ id: 'call_weather_1', type: 'function', function: { name: 'get_weather', arguments: SAID.toolArguments } }] } }] }, '$ai_output'),
  ],
};
