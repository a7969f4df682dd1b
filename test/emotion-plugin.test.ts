import * as emotion from '../plugins/emotion';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS } from './helpers/fixture-models';

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

  it('writes neutral when no emotion passes the threshold', async () => {
    const labeled = await emotion.processEvent(llmEvent('the invoice is attached', 'received'), meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'neutral', agent_emotion: 'neutral' });
  });
});
