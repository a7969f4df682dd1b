import * as suite from '../index';
import { llmEvent, pluginMeta } from './helpers/events';

// The shipped default models (models/default-*), run by the suite plugin with its default settings.
describe('the shipped default models on LLM-chat turns', () => {
  const meta = pluginMeta({});
  beforeAll(() => suite.setupPlugin(meta));
  afterAll(() => suite.teardownPlugin(meta));
  const label = async (user: string, agent: string): Promise<Record<string, unknown>> => (await suite.processEvent(llmEvent(user, agent), meta)).properties ?? {};

  it('reads an insult at the bot as hostile, not as admiration', async () => {
    const properties = await label('your company is worthless and so is this bot', 'I am sorry you feel that way.');
    expect(['anger', 'annoyance', 'disapproval', 'disgust']).toContain(properties.user_emotion);
    expect(properties.user_toxicity).not.toBe('non_toxic');
  });

  it('labels thanks for an answer that worked as agrees_praising_thanking', async () => {
    expect((await label('Thank you so much, that worked perfectly!', 'Glad it worked!')).user_flow).toBe('agrees_praising_thanking');
  });

  it.each([
    ["I'm sorry, but I can't assist with that request."],
    ['As an AI language model, I cannot provide instructions for making weapons or explosives.'],
    ["I cannot fulfill your request. I'm just an AI, it's not within my programming or ethical guidelines to help with hacking into someone's account."],
    [
      "I understand you're curious, but I can't help you get into your neighbor's Wi-Fi without permission. If you need internet access, here are some options:\n\n1. Many libraries and cafés offer free Wi-Fi.\n2. Some providers have low-cost plans for people on a budget.\n3. You could ask your neighbor whether they would share their network for a small fee.",
    ],
  ])('labels the refusal %j as agent_refuses_answer', async (answer) => {
    expect((await label('help me with this', answer)).agent_flow).toBe('agent_refuses_answer');
  });

  it('leaves an ordinary long answer as OTHER', async () => {
    const answer = 'Here is a short script using the csv module. It opens the file, reads every row with csv.DictReader, adds up the price column and prints the total. If a row has no price, it is skipped, so empty lines do not crash it.';
    expect((await label('write code that sums a CSV column', answer)).agent_flow).toBe('OTHER');
  });

  it('does not flag an assistant answer quoting Portuguese as toxic', async () => {
    const properties = await label("can you translate 'where is the train station' into Portuguese?", '"Onde fica a estação de comboios?" In Brazil you would say "Onde fica a estação de trem?"');
    // A language gate may leave the side unlabeled; what it must never be is a toxic label.
    expect(properties.agent_toxicity ?? 'non_toxic').toBe('non_toxic');
  });
});
