import * as suite from '../../index';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { addedBy, postJson, startFixtureServer } from './server-helpers';

const EVENTS = () => [
  aiGenerationEvent(chat(['user', 'that is wrong, you idiot']), [{ role: 'assistant', content: 'I am sorry, that was sad' }]),
  llmEvent('I am so happy, thanks', 'you are welcome, here are some options'),
  llmEvent(chat(['system', 'be nice'], ['user', 'please continue, I am curious']), { role: 'assistant', content: 'unfortunately I cannot' }),
  llmEvent('plain words with no trigger at all', ''),
  llmEvent('happy idiot', 'sorry', { user_emotion: 'kept-by-the-plugin' }),
  { ...llmEvent('happy', 'sad'), event: '$pageview' },
];

describe('llm-classify serve: labels', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  async function inProcess(config: Record<string, string>) {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, ...config });
    await suite.setupPlugin(meta);
    const events = EVENTS();
    // processEvent labels the events it is given: compare with untouched copies.
    const originals = EVENTS();
    const labeled = await Promise.all(events.map((event) => suite.processEvent(event, meta)));
    await suite.teardownPlugin(meta);
    return originals.map((event, index) => addedBy(event, labeled[index]));
  }

  it('answers /v1/process with exactly the properties in-process processEvent adds', async () => {
    const expected = await inProcess({});
    const answers = await Promise.all(EVENTS().map((event) => postJson(`${server.url}/v1/process`, { event })));
    answers.forEach((answer) => expect(answer.status).toBe(200));
    expect(answers.map((answer) => answer.body.properties)).toEqual(expected);
    expect(answers.map((answer) => answer.body.outcome)).toEqual(['labeled', 'labeled', 'labeled', 'labeled', 'labeled', 'unchanged']);
    expect(expected[0]).toMatchObject({ user_toxicity: 'toxic', user_flow: 'model_wrong_or_try_again', agent_flow: 'agent_apology_error_mistake', agent_emotion: 'sadness' });
    expect(expected[4]).not.toHaveProperty('user_emotion');
    expect(expected[5]).toEqual({});
  });

  it('answers /v1/process-batch in the order of the events', async () => {
    const expected = await inProcess({});
    const answer = await postJson(`${server.url}/v1/process-batch`, { events: EVENTS() });
    expect(answer.status).toBe(200);
    expect(answer.body.results).toEqual(expected.map((properties) => ({ properties, outcome: Object.keys(properties).length > 0 ? 'labeled' : 'unchanged' })));
  });

  it('applies per-request settings the same way the plugin applies its own', async () => {
    const settings = { emotionThreshold: '0.5', flowEnabled: 'no', writeScores: 'no', emotionWriteLabelList: 'yes', overwriteLabels: 'yes' };
    const expected = await inProcess(settings);
    const answer = await postJson(`${server.url}/v1/process-batch`, { events: EVENTS(), settings });
    expect(answer.body.results.map((result: { properties: unknown }) => result.properties)).toEqual(expected);
    expect(Object.keys(expected[0]).some((key) => key.includes('flow') || key.endsWith('_score'))).toBe(false);
    // A blank value means "the server's setting", as a blank field does in the plugin UI.
    const blank = await postJson(`${server.url}/v1/process`, { event: llmEvent('pleased', ''), settings: { emotionThreshold: '' } });
    expect(blank.body.properties.user_emotion).toBe('joy');
  });

  it('refuses model folders and other server-owned settings in a request, naming them', async () => {
    const answer = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', ''), settings: { emotionModelDir: '/etc', maxBatchSize: '1' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'invalid_settings', error: expect.stringContaining('emotionModelDir, maxBatchSize can only be set on the server') });
  });

  it('refuses bad setting values with the plugin\'s own message', async () => {
    const answer = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', ''), settings: { toxicityThreshold: '0,5' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('toxicityThreshold must be a number from 0 to 1');
    const unknown = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', ''), settings: { emotionTreshold: '0.5' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain('unknown setting "emotionTreshold"');
  });

  it('says what is wrong with a request that is not an event', async () => {
    expect((await postJson(`${server.url}/v1/process`, { events: [] })).body.error).toContain('request body has no "event"');
    expect((await postJson(`${server.url}/v1/process`, { event: { properties: {} } })).body.error).toContain('event.event must be the event name');
    expect((await postJson(`${server.url}/v1/process-batch`, { events: [llmEvent('a', 'b'), 'x'] })).body.error).toContain('events[1] must be an event object');
    expect((await postJson(`${server.url}/v1/process`, [])).body.error).toContain('request body must be a JSON object');
  });

  it('never logs user text', () => {
    expect(server.logs.join('\n')).not.toMatch(/idiot|happy|sorry|curious/);
  });
});
