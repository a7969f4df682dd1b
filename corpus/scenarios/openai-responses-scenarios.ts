import type OpenAI from 'openai';
import { PNG_BASE64, SAID } from '../conversation-texts';
import { PostHogOpenAI } from '../posthog-ai-wrappers';
import { functionCallItem, messageItem, reasoningItem, refusalItem, responseObject, responseStream, webSearchItem } from '../replies/openai-responses-replies';
import { type ProducerScenarios, type ScenarioContext, drain } from '../scenario';

type InputItem = OpenAI.Responses.ResponseInputItem;

const client = ({ providerUrl, posthog }: ScenarioContext) => new PostHogOpenAI({ apiKey: 'sk-corpus', baseURL: `${providerUrl}/v1`, maxRetries: 0, posthog });
const model = 'gpt-5-mini';
const weatherTool: OpenAI.Responses.FunctionTool = { type: 'function', name: 'get_weather', strict: true, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } };
const searchedAnswer = [reasoningItem('rs_1', SAID.reasoning), webSearchItem('ws_1', SAID.searchQuery), messageItem('msg_1', SAID.assistant, 'https://www.visitlisboa.com/')];
const userParts: InputItem = { role: 'user', content: [{ type: 'input_text', text: SAID.user }, { type: 'input_image', detail: 'auto', image_url: `data:image/png;base64,${PNG_BASE64}` }] };
const callItem = functionCallItem('fc_1', 'call_weather_1', 'get_weather', SAID.toolArguments);
const afterToolCall: InputItem[] = [
  { role: 'user', content: SAID.user },
  { type: 'reasoning', id: 'rs_2', summary: [{ type: 'summary_text', text: SAID.reasoning }] },
  { type: 'function_call', id: 'fc_1', call_id: 'call_weather_1', name: 'get_weather', arguments: SAID.toolArguments },
  { type: 'function_call_output', call_id: 'call_weather_1', output: SAID.toolOutput },
];

export const openAiResponsesScenarios: ProducerScenarios = {
  producer: 'posthog-ai-openai-responses',
  description: '@posthog/ai OpenAI wrapper, Responses API',
  packages: ['@posthog/ai', 'posthog-node', 'openai'],
  scenarios: [
    {
      name: 'string input with instructions',
      replies: [responseObject('resp_plain', [messageItem('msg_plain', SAID.assistant)])],
      run: async (context) => void (await client(context).responses.create({ model, instructions: SAID.system, input: SAID.user })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      // The wrapper writes each input item's content parts as a JSON string.
      name: 'input items with content parts, reasoning and web search in the output',
      replies: [responseObject('resp_search', searchedAnswer)],
      run: async (context) => void (await client(context).responses.create({
        model, tools: [{ type: 'web_search' }], reasoning: { effort: 'low', summary: 'auto' },
        input: [{ role: 'developer', content: SAID.system }, { role: 'user', content: SAID.earlierUser }, { role: 'assistant', content: SAID.earlierAssistant }, userParts],
      })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      // Streamed, the wrapper sends the raw output list: reasoning and web_search_call come before the message.
      name: 'streamed with reasoning and web search',
      replies: [responseStream('resp_stream', searchedAnswer)],
      run: async (context) => drain(await client(context).responses.create({ model, tools: [{ type: 'web_search' }], input: [{ role: 'system', content: SAID.system }, userParts], stream: true })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'function call, then the turn after the function output',
      replies: [responseObject('resp_tool_1', [reasoningItem('rs_2', SAID.reasoning), callItem]), responseObject('resp_tool_2', [messageItem('msg_tool', SAID.assistant)])],
      run: async (context) => {
        const openai = client(context);
        await openai.responses.create({ model, tools: [weatherTool], input: [{ role: 'user', content: SAID.user }] });
        await openai.responses.create({ model, tools: [weatherTool], input: afterToolCall });
      },
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      name: 'streamed function call, then the streamed turn after the function output',
      replies: [responseStream('resp_stool_1', [reasoningItem('rs_3', SAID.reasoning), callItem]), responseStream('resp_stool_2', [messageItem('msg_stool', SAID.assistant)])],
      run: async (context) => {
        const openai = client(context);
        await drain(await openai.responses.create({ model, tools: [weatherTool], input: [{ role: 'user', content: SAID.user }], stream: true }));
        await drain(await openai.responses.create({ model, tools: [weatherTool], input: afterToolCall, stream: true }));
      },
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      // Streamed, the raw output keeps the refusal part: the assistant's own words.
      name: 'streamed refusal',
      replies: [responseStream('resp_srefusal', [refusalItem('msg_srefusal', SAID.refusal)])],
      run: async (context) => drain(await client(context).responses.create({ model, input: SAID.user, stream: true })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.refusal }],
    },
    {
      // Not streamed, the wrapper keeps text parts only: the refusal does not reach PostHog.
      name: 'refusal',
      replies: [responseObject('resp_refusal', [refusalItem('msg_refusal', SAID.refusal)])],
      run: async (context) => void (await client(context).responses.create({ model, input: SAID.user })),
      expected: [{ event: '$ai_generation', userText: SAID.user }],
    },
    {
      name: 'privacy mode',
      replies: [responseObject('resp_private', [messageItem('msg_private', SAID.assistant)])],
      run: async (context) => void (await client(context).responses.create({ model, input: SAID.user, posthogPrivacyMode: true })),
      expected: [{ event: '$ai_generation' }],
    },
  ],
};
