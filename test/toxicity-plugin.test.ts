import * as toxicity from '../plugins/toxicity';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS } from './helpers/fixture-models';

describe('toxicity plugin on the BERT WordPiece fixture model', () => {
  const meta = pluginMeta({ ...FIXTURE_SETTINGS.toxicity });
  beforeAll(() => toxicity.setupPlugin(meta));
  afterAll(() => toxicity.teardownPlugin(meta));

  it('labels toxic user text and non-toxic agent text of an llm-* event', async () => {
    const labeled = await toxicity.processEvent(llmEvent('you are an idiot', 'I am here to help.'), meta);
    expect(labeled.properties).toMatchObject({ user_toxicity: 'toxic', agent_toxicity: 'non_toxic' });
    expect(labeled.properties?.user_toxicity_score).toBeCloseTo(0.95, 2);
    // The score is the highest toxic probability even when nothing passes: near zero here.
    expect(labeled.properties?.agent_toxicity_score).toBeLessThan(0.01);
  });

  it('labels the most likely toxic label of a $ai_generation event', async () => {
    const labeled = await toxicity.processEvent(aiGenerationEvent(chat(['user', 'I will kill the process']), [{ role: 'assistant', content: 'what a loser' }]), meta);
    expect(labeled.properties).toMatchObject({ user_toxicity: 'threat', agent_toxicity: 'insult' });
    expect(labeled.properties?.user_toxicity_score).toBeCloseTo(0.95, 2);
  });

  it('below the default threshold of 0.5 text is non_toxic, with its score', async () => {
    const labeled = await toxicity.processEvent(llmEvent('that is dumb', 'ok'), meta);
    expect(labeled.properties?.user_toxicity).toBe('non_toxic');
    expect(labeled.properties?.user_toxicity_score).toBeCloseTo(0.4, 2);
  });

  it('a lower threshold turns the same text toxic', async () => {
    const lowMeta = pluginMeta({ ...FIXTURE_SETTINGS.toxicity, threshold: '0.35' });
    await toxicity.setupPlugin(lowMeta);
    const labeled = await toxicity.processEvent(llmEvent('that is dumb', 'ok'), lowMeta);
    await toxicity.teardownPlugin(lowMeta);
    expect(labeled.properties?.user_toxicity).toBe('toxic');
  });
});
