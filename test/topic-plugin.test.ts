import * as topic from '../plugins/topic';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS } from './helpers/fixture-models';

describe('topic plugin on its fixture model', () => {
  const meta = pluginMeta({ ...FIXTURE_SETTINGS.topic });
  beforeAll(() => topic.setupPlugin(meta));
  afterAll(() => topic.teardownPlugin(meta));

  it('labels the user side only by default', async () => {
    const labeled = await topic.processEvent(llmEvent('fix my python script please', 'here is a recipe for you'), meta);
    expect(labeled.properties).toMatchObject({ user_topic: 'coding', user_topic_score: expect.any(Number) });
    expect(labeled.properties?.user_topic_score).toBeCloseTo(0.95, 2);
    expect(labeled.properties).not.toHaveProperty('agent_topic');
  });

  it('labels the last user turn of a $ai_generation chat, and writes other when no topic passes', async () => {
    const input = chat(['system', 'You are a travel agent'], ['user', 'book me a flight'], ['assistant', 'Where to?'], ['user', 'somewhere warm, I do not mind']);
    const labeled = await topic.processEvent(aiGenerationEvent(input, [{ role: 'assistant', content: 'How about Lisbon?' }]), meta);
    expect(labeled.properties?.user_topic).toBe('other');
  });

  it('adds agent_topic when its sides setting includes the assistant', async () => {
    const both = pluginMeta({ ...FIXTURE_SETTINGS.topic, sides: 'both' });
    await topic.setupPlugin(both);
    const labeled = await topic.processEvent(llmEvent('write an essay about the election', 'Here is a recipe instead'), both);
    await topic.teardownPlugin(both);
    expect(labeled.properties).toMatchObject({ agent_topic: 'food' });
    expect(['writing', 'politics']).toContain(labeled.properties?.user_topic);
  });
});
