import * as emotion from '../plugins/emotion';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS, fixtureModel } from './helpers/fixture-models';

describe('emotion plugin on the byte-level BPE fixture model', () => {
  const meta = pluginMeta({ ...FIXTURE_SETTINGS.emotion });
  beforeAll(() => emotion.setupPlugin(meta));
  afterAll(() => emotion.teardownPlugin(meta));

  it('labels the user and agent text of an llm-* event', async () => {
    const labeled = await emotion.processEvent(llmEvent('I am so happy with this', 'I am sad to hear that'), meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'joy', agent_emotion: 'sadness' });
    expect(labeled.properties?.user_emotion_score).toBeCloseTo(0.95, 2);
    expect(labeled.properties?.agent_emotion_score).toBeCloseTo(0.9, 2);
  });

  it('labels the last user turn of a multi-turn $ai_generation event', async () => {
    const input = chat(['system', 'You are helpful'], ['user', 'I am furious'], ['assistant', 'Why?'], ['user', [{ type: 'text', text: 'thanks a lot' }, { type: 'image_url', image_url: { url: 'x' } }]]);
    const labeled = await emotion.processEvent(aiGenerationEvent(input, [{ role: 'assistant', content: 'wow, okay' }]), meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'gratitude', agent_emotion: 'surprise' });
  });

  it('writes neutral, with the neutral score, when no emotion passes the threshold', async () => {
    const labeled = await emotion.processEvent(llmEvent('the invoice is attached', 'okay'), meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'neutral', agent_emotion: 'neutral' });
    expect(labeled.properties?.agent_emotion_score).toBeCloseTo(0.9, 2);
  });

  it('lets a real emotion win over a higher neutral score', async () => {
    const labeled = await emotion.processEvent(llmEvent('okay okay, I am pleased', 'x'), meta);
    expect(labeled.properties?.user_emotion).toBe('joy');
  });

  it('keeps the other properties as they were', async () => {
    const event = llmEvent('happy', 'sad', { $ai_model: 'gpt-4o', nested: { a: [1, 2] } });
    const labeled = await emotion.processEvent(event, meta);
    expect(labeled.properties).toMatchObject({ $ai_model: 'gpt-4o', nested: { a: [1, 2] }, $session_id: 'session-1' });
    expect(labeled.event).toBe('llm-task');
    expect(labeled.uuid).toBe(event.uuid);
  });
});

describe('emotion thresholds', () => {
  const labelAt = async (threshold: string, text: string): Promise<unknown> => {
    const meta = pluginMeta({ modelDir: fixtureModel('emotion'), threshold });
    await emotion.setupPlugin(meta);
    try {
      return (await emotion.processEvent(llmEvent(text, ''), meta)).properties?.user_emotion;
    } finally {
      await emotion.teardownPlugin(meta);
    }
  };

  it('a weak emotion (0.45) passes 0.3 but not 0.5', async () => {
    expect(await labelAt('0.3', 'I am pleased')).toBe('joy');
    expect(await labelAt('0.5', 'I am pleased')).toBe('neutral');
  });

  it('a label exactly at the threshold passes', async () => {
    expect(await labelAt('0.45', 'I am pleased')).toBe('joy');
  });

  it('threshold 0 labels the strongest emotion even in plain text, and 1 labels nothing', async () => {
    expect(await labelAt('1', 'I am so happy')).toBe('neutral');
    expect(await labelAt('0', 'I am so happy')).toBe('joy');
  });

  it('writes every passing label, highest first, when asked', async () => {
    const meta = pluginMeta({ modelDir: fixtureModel('emotion-wordpiece'), writeLabelList: 'yes' });
    await emotion.setupPlugin(meta);
    const labeled = await emotion.processEvent(llmEvent('happy but scared and a little pleased', 'fine'), meta);
    await emotion.teardownPlugin(meta);
    expect(labeled.properties?.user_emotion).toBe('joy');
    expect(labeled.properties?.user_emotions).toEqual(['joy', 'fear']);
    expect(labeled.properties?.agent_emotions).toEqual([]);
  });
});
