import { PostHog } from 'posthog-node';
import { acceptedEvents, captureText, recordingFetch, startMockOpenAI, useGatewayForFile, withoutLabels } from './gateway-helpers';

// Types from the package's own declaration file; at run time the exported subpath, as an application imports it.
type PostHogAiOpenAI = typeof import('@posthog/ai/dist/openai');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OpenAI } = require('@posthog/ai/openai') as PostHogAiOpenAI;

const context = useGatewayForFile();
let openai: Awaited<ReturnType<typeof startMockOpenAI>>;

beforeAll(async () => {
  openai = await startMockOpenAI('Sorry, I cannot share that, but you are welcome to ask again.');
});
afterAll(async () => {
  await openai.close();
});

describe.each([
  ['the capture route (/batch/)', false, '/batch/'],
  ['full AI capture (/i/v0/ai/batch/)', true, '/i/v0/ai/batch/'],
])('@posthog/ai around a mock OpenAI, through the gateway: %s', (_name, enableFullAiCapture, route) => {
  it('labels the $ai_generation of each chat completion, once each, in order; other events and bytes stay as sent', async () => {
    const sdk = recordingFetch();
    const posthog = new PostHog('phc_aitestkey', { host: context.gateway.url, flushAt: 1000, flushInterval: 0, enableFullAiCapture, fetch: sdk.fetch });
    const client = new OpenAI({ apiKey: 'sk-test-not-a-key', baseURL: openai.url, posthog });
    posthog.capture({ distinctId: 'user-7', event: 'chat_opened', properties: { screen: 'support' } });
    for (const question of ['I am so happy you exist', 'why is the sky blue in physics?']) {
      const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You are a support bot.' }, { role: 'user', content: question }], posthogDistinctId: 'user-7', posthogProperties: { conversation_id: 'c-1' } });
      expect(completion.choices[0].message.content).toContain('Sorry');
    }
    await posthog.shutdown();

    const generations = acceptedEvents(context.upstream, route).filter((event) => event.event === '$ai_generation');
    expect(generations).toHaveLength(2);
    expect(generations[0].properties).toMatchObject({ user_emotion: 'joy', user_emotion_score: 0.95, agent_flow: 'agent_apology_error_mistake', conversation_id: 'c-1' });
    expect(generations[1].properties).toMatchObject({ user_emotion: 'neutral', user_topic: 'science', agent_flow: 'agent_apology_error_mistake' });
    expect(generations[1].properties).not.toHaveProperty('agent_topic');
    expect(new Set(generations.map((event) => event.uuid)).size).toBe(2);
    const opened = acceptedEvents(context.upstream).filter((event) => event.event === 'chat_opened');
    expect(opened).toHaveLength(1);
    expect(Object.keys(opened[0].properties).some((key) => key.startsWith('user_'))).toBe(false);

    for (const received of context.upstream.requests.filter((request) => request.method === 'POST')) {
      const sent = sdk.sent.find((request) => new URL(request.url).pathname === received.url.split('?')[0] && captureText({ ...received, body: request.body }) === withoutLabels(captureText(received)));
      expect(sent).toBeDefined();
    }
    expect(openai.requests).toBeGreaterThanOrEqual(2);
  });
});
