import * as flow from '../plugins/flow';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS } from './helpers/fixture-models';

describe('flow plugin: user-flow model on user turns, agent-flow model on assistant turns', () => {
  const meta = pluginMeta({ ...FIXTURE_SETTINGS.flow });
  beforeAll(() => flow.setupPlugin(meta));
  afterAll(() => flow.teardownPlugin(meta));

  it('labels both sides of an llm-* event with the right model each', async () => {
    const labeled = await flow.processEvent(llmEvent('that is wrong, try again', 'I am sorry for the mistake'), meta);
    expect(labeled.properties).toMatchObject({ user_flow: 'model_wrong_or_try_again', agent_flow: 'agent_apology_error_mistake' });
    expect(labeled.properties?.user_flow_score).toBeCloseTo(0.95, 2);
  });

  it('labels the last user turn of a ChatML history in a $ai_generation event', async () => {
    const input = chat(['user', 'hello'], ['assistant', 'hi, how can I help?'], ['user', 'give me an example please']);
    const labeled = await flow.processEvent(aiGenerationEvent(input, [{ role: 'assistant', content: 'I cannot do that' }]), meta);
    expect(labeled.properties).toMatchObject({ user_flow: 'request_example', agent_flow: 'agent_refuses_answer' });
  });

  it('writes OTHER (softmax, single label) when no label passes the threshold', async () => {
    const labeled = await flow.processEvent(llmEvent('maybe', 'here is the table you asked for'), meta);
    expect(labeled.properties).toMatchObject({ user_flow: 'OTHER', agent_flow: 'OTHER' });
  });

  it('a threshold under the leaning score picks the leaning label', async () => {
    const lowMeta = pluginMeta({ ...FIXTURE_SETTINGS.flow, threshold: '0.2' });
    await flow.setupPlugin(lowMeta);
    const labeled = await flow.processEvent(llmEvent('maybe', 'x'), lowMeta);
    await flow.teardownPlugin(lowMeta);
    expect(labeled.properties?.user_flow).toBe('more_listing_or_expand');
  });

  it('classifies only the side the settings ask for', async () => {
    const userOnly = pluginMeta({ ...FIXTURE_SETTINGS.flow, classifySides: 'user' });
    await flow.setupPlugin(userOnly);
    const labeled = await flow.processEvent(llmEvent('thanks', 'sorry'), userOnly);
    await flow.teardownPlugin(userOnly);
    expect(labeled.properties?.user_flow).toBe('agrees_praising_thanking');
    expect(labeled.properties).not.toHaveProperty('agent_flow');
    expect(labeled.properties).not.toHaveProperty('agent_flow_score');
  });
});
