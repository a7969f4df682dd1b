import { PNG_BASE64, SAID } from '../conversation-texts';
import { PostHogGoogleGenAI } from '../posthog-ai-wrappers';
import { geminiResponse, geminiStream } from '../replies/gemini-replies';
import { type ProducerScenarios, type ScenarioContext, drain } from '../scenario';

const client = ({ providerUrl, posthog }: ScenarioContext) => new PostHogGoogleGenAI({ apiKey: 'gemini-corpus', httpOptions: { baseUrl: providerUrl }, posthog });
const model = 'gemini-2.5-flash';
const weatherCall = { name: 'get_weather', args: JSON.parse(SAID.toolArguments) as Record<string, unknown> };
const history = [
  { role: 'user', parts: [{ text: SAID.earlierUser }] },
  { role: 'model', parts: [{ text: SAID.earlierAssistant }] },
  { role: 'user', parts: [{ inlineData: { mimeType: 'image/png', data: PNG_BASE64 } }, { text: SAID.user }] },
];
const tools = [{ functionDeclarations: [{ name: 'get_weather', description: 'Weather for a city', parametersJsonSchema: { type: 'object', properties: { city: { type: 'string' } } } }] }];

export const geminiScenarios: ProducerScenarios = {
  producer: 'posthog-ai-gemini',
  description: '@posthog/ai Gemini wrapper (@google/genai), generateContent',
  packages: ['@posthog/ai', 'posthog-node', '@google/genai'],
  scenarios: [
    {
      name: 'string contents with a system instruction',
      replies: [geminiResponse('gem_plain', { text: SAID.assistant })],
      run: async (context) => void (await client(context).models.generateContent({ model, contents: SAID.user, config: { systemInstruction: SAID.system } })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'multi-turn contents, an image part and text',
      replies: [geminiResponse('gem_parts', { text: SAID.assistant })],
      run: async (context) => void (await client(context).models.generateContent({ model, contents: history, config: { systemInstruction: { parts: [{ text: SAID.system }] } } })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'streamed',
      replies: [geminiStream('gem_stream', { text: 'Lisbon it is, ' }, { text: 'thanks for asking: start with the Alfama district.' })],
      run: async (context) => drain(await client(context).models.generateContentStream({ model, contents: history })),
      expected: [{ event: '$ai_generation', userText: SAID.user, agentText: SAID.assistant }],
    },
    {
      name: 'function call, then the turn after the function response',
      replies: [geminiResponse('gem_tool_1', { functionCall: weatherCall }), geminiResponse('gem_tool_2', { text: SAID.assistant })],
      run: async (context) => {
        const gemini = client(context);
        const asked = { role: 'user', parts: [{ text: SAID.user }] };
        await gemini.models.generateContent({ model, contents: [asked], config: { tools } });
        await gemini.models.generateContent({
          model, config: { tools },
          contents: [asked, { role: 'model', parts: [{ functionCall: weatherCall }] }, { role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: JSON.parse(SAID.toolOutput) as Record<string, unknown> } }] }],
        });
      },
      expected: [{ event: '$ai_generation', userText: SAID.user }, { event: '$ai_generation', agentText: SAID.assistant }],
    },
    {
      name: 'privacy mode',
      replies: [geminiResponse('gem_private', { text: SAID.assistant })],
      run: async (context) => void (await client(context).models.generateContent({ model, contents: SAID.user, posthogPrivacyMode: true })),
      expected: [{ event: '$ai_generation' }],
    },
  ],
};
