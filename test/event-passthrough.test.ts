import * as emotion from '../plugins/emotion';
import { aiGenerationEvent, llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS } from './helpers/fixture-models';

describe('events the plugin must leave alone', () => {
  const meta = pluginMeta({ ...FIXTURE_SETTINGS.emotion });
  beforeAll(() => emotion.setupPlugin(meta));
  afterAll(() => emotion.teardownPlugin(meta));

  const unchanged = async (event: ReturnType<typeof llmEvent>): Promise<void> => {
    const before = structuredClone(event);
    const returned = await emotion.processEvent(event, meta);
    expect(returned).toBe(event);
    expect(returned).toEqual(before);
  };

  it('returns a non-matching event as it came', () => unchanged({ ...llmEvent('happy', 'sad'), event: '$pageview' }));
  it('returns an event without text as it came', () => unchanged(llmEvent(undefined, undefined)));
  it('returns a privacy-mode $ai_generation event (null input and output) as it came', () => unchanged(aiGenerationEvent(null, null)));
  it('returns an event whose properties are not an object as it came', () => unchanged({ ...llmEvent('x', 'y'), properties: 'weird' as never }));

  it('writes no property for a side whose text is empty', async () => {
    const labeled = await emotion.processEvent(llmEvent('I am happy', ''), meta);
    expect(labeled.properties?.user_emotion).toBe('joy');
    expect(labeled.properties).not.toHaveProperty('agent_emotion');
  });

  it('labels the very event object it was given, as PostHog expects, keeping every original property', async () => {
    const event = llmEvent('happy', 'sad', { $plugins_succeeded: ['other-plugin (1)'] });
    const properties = event.properties;
    const before = structuredClone(event);
    const labeled = await emotion.processEvent(event, meta);
    expect(labeled).toBe(event);
    expect(labeled.properties).toBe(properties);
    expect(labeled).toEqual({ ...before, properties: { ...before.properties, user_emotion: 'joy', user_emotion_score: expect.any(Number), agent_emotion: 'sadness', agent_emotion_score: expect.any(Number) } });
  });

  it('matches custom event names and prefix patterns', async () => {
    const custom = pluginMeta({ ...FIXTURE_SETTINGS.emotion, eventNames: 'chat_*, assistant_reply' });
    await emotion.setupPlugin(custom);
    const prefixed = await emotion.processEvent(llmEvent('happy', '', {}, 'chat_turn'), custom);
    const exact = await emotion.processEvent(llmEvent('happy', '', {}, 'assistant_reply'), custom);
    const other = await emotion.processEvent(llmEvent('happy', '', {}, 'llm-task'), custom);
    await emotion.teardownPlugin(custom);
    expect(prefixed.properties?.user_emotion).toBe('joy');
    expect(exact.properties?.user_emotion).toBe('joy');
    expect(other.properties).not.toHaveProperty('user_emotion');
  });
});

describe('labels already on the event', () => {
  it('are kept by default, while the missing side is still labeled', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.emotion });
    await emotion.setupPlugin(meta);
    const labeled = await emotion.processEvent(llmEvent('happy', 'sad', { user_emotion: 'anger', user_emotion_score: 0.7 }), meta);
    await emotion.teardownPlugin(meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'anger', user_emotion_score: 0.7, agent_emotion: 'sadness' });
  });

  it('are replaced when overwriteLabels is yes', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.emotion, overwriteLabels: 'yes' });
    await emotion.setupPlugin(meta);
    const labeled = await emotion.processEvent(llmEvent('happy', 'sad', { user_emotion: 'anger', user_emotion_score: 0.7 }), meta);
    await emotion.teardownPlugin(meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'joy', agent_emotion: 'sadness' });
    expect(labeled.properties?.user_emotion_score).toBeCloseTo(0.95, 2);
  });

  it('scores are left out when writeScores is no', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.emotion, writeScores: 'no' });
    await emotion.setupPlugin(meta);
    const labeled = await emotion.processEvent(llmEvent('happy', 'sad'), meta);
    await emotion.teardownPlugin(meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'joy', agent_emotion: 'sadness' });
    expect(labeled.properties).not.toHaveProperty('user_emotion_score');
  });
});
