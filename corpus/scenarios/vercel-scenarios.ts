import { createOpenAI } from '@ai-sdk/openai';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { PNG_BASE64, SAID } from '../conversation-texts';
import { withTracing } from '../posthog-ai-wrappers';
import { chatCompletion, chatCompletionStream } from '../replies/openai-chat-replies';
import type { ProducerScenarios, ScenarioContext } from '../scenario';

const tracedModel = ({ providerUrl, posthog }: ScenarioContext, privacyMode = false) =>
  withTracing(createOpenAI({ apiKey: 'sk-corpus', baseURL: `${providerUrl}/v1` }).chat('gpt-4o-mini'), posthog, { posthogDistinctId: 'user-1', posthogPrivacyMode: privacyMode });
const weatherCall = { id: 'call_weather_1', name: 'get_weather', arguments: SAID.toolArguments };
const getWeather = tool({ description: 'Weather for a city', inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }), execute: async () => JSON.parse(SAID.toolOutput) as unknown });

export const vercelScenarios: ProducerScenarios = {
  producer: 'posthog-ai-vercel',
  description: '@posthog/ai Vercel AI SDK wrapper (withTracing) around @ai-sdk/openai chat models',
  packages: ['@posthog/ai', 'posthog-node', 'ai', '@ai-sdk/openai'],
  scenarios: [
    {
      name: 'system and prompt',
      replies: [chatCompletion('chatcmpl-vercel', { content: SAID.assistant })],
      run: async (context) => void (await generateText({ model: tracedModel(context), system: SAID.system, prompt: SAID.user, maxRetries: 0 })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'messages with history, an image and text',
      replies: [chatCompletion('chatcmpl-vercel-parts', { content: SAID.assistant })],
      run: async (context) => void (await generateText({
        model: tracedModel(context), system: SAID.system, maxRetries: 0,
        messages: [{ role: 'user', content: SAID.earlierUser }, { role: 'assistant', content: SAID.earlierAssistant }, { role: 'user', content: [{ type: 'image', image: `data:image/png;base64,${PNG_BASE64}` }, { type: 'text', text: SAID.user }] }],
      })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'streamed',
      replies: [chatCompletionStream('chatcmpl-vercel-stream', { content: SAID.assistant })],
      run: async (context) => streamText({ model: tracedModel(context), system: SAID.system, prompt: SAID.user, maxRetries: 0 }).consumeStream(),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'tool call, the SDK runs the tool, then the step after the tool result',
      replies: [chatCompletion('chatcmpl-vercel-tool-1', { toolCalls: [weatherCall] }), chatCompletion('chatcmpl-vercel-tool-2', { content: SAID.assistant })],
      run: async (context) => void (await generateText({ model: tracedModel(context), system: SAID.system, prompt: SAID.user, tools: { get_weather: getWeather }, stopWhen: stepCountIs(2), maxRetries: 0 })),
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      name: 'streamed tool call, then the streamed step after the tool result',
      replies: [chatCompletionStream('chatcmpl-vercel-stool-1', { toolCalls: [weatherCall] }), chatCompletionStream('chatcmpl-vercel-stool-2', { content: SAID.assistant })],
      run: async (context) => streamText({ model: tracedModel(context), prompt: SAID.user, tools: { get_weather: getWeather }, stopWhen: stepCountIs(2), maxRetries: 0 }).consumeStream(),
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      name: 'privacy mode',
      replies: [chatCompletion('chatcmpl-vercel-private', { content: SAID.assistant })],
      run: async (context) => void (await generateText({ model: tracedModel(context, true), system: SAID.system, prompt: SAID.user, maxRetries: 0 })),
      expected: [{ event: '$ai_generation' }],
    },
  ],
};
