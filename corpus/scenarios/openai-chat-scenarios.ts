import type OpenAI from 'openai';
import { PNG_BASE64, SAID } from '../conversation-texts';
import { PostHogOpenAI } from '../posthog-ai-wrappers';
import { chatCompletion, chatCompletionStream, embeddingList } from '../replies/openai-chat-replies';
import { type ProducerScenarios, type ScenarioContext, drain } from '../scenario';

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

const client = ({ providerUrl, posthog }: ScenarioContext) => new PostHogOpenAI({ apiKey: 'sk-corpus', baseURL: `${providerUrl}/v1`, maxRetries: 0, posthog });
const model = 'gpt-4o-mini';
const weatherTool: OpenAI.Chat.Completions.ChatCompletionTool = { type: 'function', function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } };
const weatherCall = { id: 'call_weather_1', name: 'get_weather', arguments: SAID.toolArguments };
const firstTurn: Message[] = [{ role: 'system', content: SAID.system }, { role: 'user', content: SAID.user }];
const afterToolCall: Message[] = [
  ...firstTurn,
  { role: 'assistant', content: null, tool_calls: [{ id: weatherCall.id, type: 'function', function: { name: weatherCall.name, arguments: weatherCall.arguments } }] },
  { role: 'tool', tool_call_id: weatherCall.id, content: SAID.toolOutput },
];

export const openAiChatScenarios: ProducerScenarios = {
  producer: 'posthog-ai-openai-chat',
  description: '@posthog/ai OpenAI wrapper, chat completions (and embeddings)',
  packages: ['@posthog/ai', 'posthog-node', 'openai'],
  scenarios: [
    {
      name: 'system prompt and a user turn',
      replies: [chatCompletion('chatcmpl-plain', { content: SAID.assistant })],
      run: async (context) => void (await client(context).chat.completions.create({ model, messages: firstTurn, posthogDistinctId: 'user-1' })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'multi-turn history, the last user turn as text and image parts',
      replies: [chatCompletion('chatcmpl-parts', { content: SAID.assistant })],
      run: async (context) => void (await client(context).chat.completions.create({
        model,
        messages: [
          { role: 'system', content: SAID.system },
          { role: 'user', content: SAID.earlierUser },
          { role: 'assistant', content: SAID.earlierAssistant },
          { role: 'user', content: [{ type: 'text', text: SAID.user }, { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_BASE64}` } }, { type: 'text', text: SAID.userAside }] },
        ],
      })),
      expected: [{ event: '$ai_generation', userText: `${SAID.user}\n${SAID.userAside}`, agentText: SAID.assistant }],
    },
    {
      name: 'developer message instead of system',
      replies: [chatCompletion('chatcmpl-developer', { content: SAID.assistant })],
      run: async (context) => void (await client(context).chat.completions.create({ model: 'o4-mini', messages: [{ role: 'developer', content: SAID.system }, { role: 'user', content: SAID.user }] })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'streamed',
      replies: [chatCompletionStream('chatcmpl-stream', { content: SAID.assistant })],
      run: async (context) => drain(await client(context).chat.completions.create({ model, messages: firstTurn, stream: true, stream_options: { include_usage: true } })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'tool call, then the turn after the tool result',
      replies: [chatCompletion('chatcmpl-tool-1', { toolCalls: [weatherCall] }), chatCompletion('chatcmpl-tool-2', { content: SAID.assistant })],
      run: async (context) => {
        const openai = client(context);
        await openai.chat.completions.create({ model, messages: firstTurn, tools: [weatherTool] });
        await openai.chat.completions.create({ model, messages: afterToolCall, tools: [weatherTool] });
      },
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      name: 'streamed tool call, then the streamed turn after the tool result',
      replies: [chatCompletionStream('chatcmpl-stool-1', { toolCalls: [weatherCall] }), chatCompletionStream('chatcmpl-stool-2', { content: SAID.assistant })],
      run: async (context) => {
        const openai = client(context);
        await drain(await openai.chat.completions.create({ model, messages: firstTurn, tools: [weatherTool], stream: true }));
        await drain(await openai.chat.completions.create({ model, messages: afterToolCall, tools: [weatherTool], stream: true }));
      },
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      name: 'n=2: two choices',
      replies: [chatCompletion('chatcmpl-n2', { content: SAID.assistant }, { content: SAID.otherChoice })],
      run: async (context) => void (await client(context).chat.completions.create({ model, messages: firstTurn, n: 2 })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      // The wrapper keeps content and tool calls of a choice, not its refusal: nothing of the assistant reaches PostHog.
      name: 'structured output refused',
      replies: [chatCompletion('chatcmpl-refusal', { content: null, refusal: SAID.refusal })],
      run: async (context) => void (await client(context).chat.completions.create({
        model, messages: firstTurn,
        response_format: { type: 'json_schema', json_schema: { name: 'itinerary', strict: true, schema: { type: 'object', properties: { district: { type: 'string' } }, required: ['district'], additionalProperties: false } } },
      })),
      expected: [{ event: '$ai_generation', userText: SAID.user }],
    },
    {
      name: 'privacy mode',
      replies: [chatCompletion('chatcmpl-private', { content: SAID.assistant })],
      run: async (context) => void (await client(context).chat.completions.create({ model, messages: firstTurn, posthogPrivacyMode: true })),
      expected: [{ event: '$ai_generation' }],
    },
    {
      name: 'embedding of one text',
      replies: [embeddingList(1)],
      run: async (context) => void (await client(context).embeddings.create({ model: 'text-embedding-3-small', input: SAID.user })),
      expected: [{ event: '$ai_embedding', userText: SAID.user }],
    },
    {
      name: 'embedding of a batch of documents',
      replies: [embeddingList(2)],
      run: async (context) => void (await client(context).embeddings.create({ model: 'text-embedding-3-small', input: [SAID.document, SAID.earlierUser] })),
      expected: [{ event: '$ai_embedding' }],
    },
  ],
};
