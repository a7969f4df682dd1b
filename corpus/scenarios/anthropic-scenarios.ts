import type Anthropic from '@anthropic-ai/sdk';
import { PNG_BASE64, SAID } from '../conversation-texts';
import { PostHogAnthropic } from '../posthog-ai-wrappers';
import { anthropicMessage, anthropicStream } from '../replies/anthropic-replies';
import { type ProducerScenarios, type ScenarioContext, drain } from '../scenario';

type Message = Anthropic.MessageParam;

const client = ({ providerUrl, posthog }: ScenarioContext) => new PostHogAnthropic({ apiKey: 'sk-ant-corpus', baseURL: providerUrl, maxRetries: 0, posthog });
const model = 'claude-sonnet-4-5';
const thinking = { type: 'thinking' as const, thinking: SAID.reasoning, signature: 'sig_corpus' };
const toolUse = { type: 'tool_use' as const, id: 'toolu_1', name: 'get_weather', input: JSON.parse(SAID.toolArguments) as Record<string, unknown> };
const weatherTool: Anthropic.Tool = { name: 'get_weather', description: 'Weather for a city', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } };
const systemBlocks: Anthropic.TextBlockParam[] = [{ type: 'text', text: SAID.system, cache_control: { type: 'ephemeral' } }];
const withImage: Message = { role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } }, { type: 'text', text: SAID.user }] };
const toolTurns: Message[] = [
  { role: 'user', content: SAID.user },
  { role: 'assistant', content: [thinking, toolUse] },
];

export const anthropicScenarios: ProducerScenarios = {
  producer: 'posthog-ai-anthropic',
  description: '@posthog/ai Anthropic wrapper, Messages API',
  packages: ['@posthog/ai', 'posthog-node', '@anthropic-ai/sdk'],
  scenarios: [
    {
      name: 'system string and a user turn',
      replies: [anthropicMessage('msg_plain', { type: 'text', text: SAID.assistant })],
      run: async (context) => void (await client(context).messages.create({ model, max_tokens: 256, system: SAID.system, messages: [{ role: 'user', content: SAID.user }] })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'system blocks, history, an image and text, thinking before the answer',
      replies: [anthropicMessage('msg_image', thinking, { type: 'text', text: SAID.assistant })],
      run: async (context) => void (await client(context).messages.create({
        model, max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, system: systemBlocks,
        messages: [{ role: 'user', content: SAID.earlierUser }, { role: 'assistant', content: SAID.earlierAssistant }, withImage],
      })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'streamed with thinking',
      replies: [anthropicStream('msg_stream', thinking, { type: 'text', text: SAID.assistant })],
      run: async (context) => drain(await client(context).messages.create({ model, max_tokens: 2048, stream: true, thinking: { type: 'enabled', budget_tokens: 1024 }, system: systemBlocks, messages: [withImage] })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'tool_use, then the turn holding only the tool_result',
      replies: [anthropicMessage('msg_tool_1', thinking, toolUse), anthropicMessage('msg_tool_2', { type: 'text', text: SAID.assistant })],
      run: async (context) => {
        const anthropic = client(context);
        await anthropic.messages.create({ model, max_tokens: 2048, system: SAID.system, tools: [weatherTool], messages: [toolTurns[0]] });
        await anthropic.messages.create({ model, max_tokens: 2048, system: SAID.system, tools: [weatherTool], messages: [...toolTurns, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: SAID.toolOutput }] }] });
      },
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      name: 'streamed tool_use, then the streamed turn after the tool_result',
      replies: [anthropicStream('msg_stool_1', toolUse), anthropicStream('msg_stool_2', { type: 'text', text: SAID.assistant })],
      run: async (context) => {
        const anthropic = client(context);
        await drain(await anthropic.messages.create({ model, max_tokens: 1024, stream: true, tools: [weatherTool], messages: [toolTurns[0]] }));
        await drain(await anthropic.messages.create({ model, max_tokens: 1024, stream: true, tools: [weatherTool], messages: [toolTurns[0], { role: 'assistant', content: [toolUse] }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: SAID.toolOutput }] }] }] }));
      },
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      // The user answers in the same message that returns the tool result: a new user turn.
      name: 'a tool_result and new user text in one message',
      replies: [anthropicMessage('msg_tool_text', { type: 'text', text: SAID.assistant })],
      run: async (context) => void (await client(context).messages.create({
        model, max_tokens: 1024, tools: [weatherTool],
        messages: [...toolTurns, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: SAID.toolOutput }, { type: 'text', text: SAID.user }] }],
      })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'privacy mode',
      replies: [anthropicMessage('msg_private', { type: 'text', text: SAID.assistant })],
      run: async (context) => void (await client(context).messages.create({ model, max_tokens: 256, system: SAID.system, messages: [{ role: 'user', content: SAID.user }], posthogPrivacyMode: true })),
      expected: [{ event: '$ai_generation' }],
    },
    {
      // enableFullAiCapture posts $ai_* events to posthog-node's AI route and keeps inline images.
      name: 'full AI capture',
      replies: [anthropicMessage('msg_full', { type: 'text', text: SAID.assistant })],
      posthogOptions: { enableFullAiCapture: true },
      run: async (context) => void (await client(context).messages.create({ model, max_tokens: 256, system: systemBlocks, messages: [withImage] })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
  ],
};
