import type { PluginEvent } from '@posthog/plugin-scaffold';
import * as suite from '../../index';
import { SHARED_SETTINGS } from '../../shared';
import { pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { type CorpusEvent, asPluginEvent, corpusEvents } from './corpus-events';

// Every text a scenario may have read holds an emotion trigger of the fixture model (corpus/conversation-texts.ts):
// the user's turns "happy", the assistant's replies "thanks". System prompts, tool output, earlier turns, reasoning,
// other choices hold other triggers, so any other label, or a label on a side that carries no text, is a misread.
const EMOTION_OF = { user: 'joy', agent: 'gratitude' } as const;
const SIDES = ['user', 'agent'] as const;
const OPT_IN_EVENTS = ['$ai_trace', '$ai_span', '$ai_embedding'];
const DEFAULT_EVENT_NAMES = SHARED_SETTINGS.eventNames.default;

const events = corpusEvents();

async function labelAll(eventNames: string): Promise<PluginEvent[]> {
  const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, eventNames });
  await suite.setupPlugin(meta);
  try {
    return await Promise.all(events.map((event, index) => suite.processEvent(asPluginEvent(event, index), meta)));
  } finally {
    await suite.teardownPlugin(meta);
  }
}

const sideProperties = (labeled: PluginEvent, side: string): string[] => Object.keys(labeled.properties ?? {}).filter((key) => key.startsWith(`${side}_`));
const textOf = (event: CorpusEvent, side: (typeof SIDES)[number]): string | undefined => (side === 'user' ? event.expected.userText : event.expected.agentText);

describe('the corpus through the suite plugin, every event name named', () => {
  let labeled: PluginEvent[];
  beforeAll(async () => {
    labeled = await labelAll([DEFAULT_EVENT_NAMES, ...OPT_IN_EVENTS].join(','));
  });

  it.each(events.map((event, index) => [event.label, index]))('%s: labels exactly the sides that carry text', (_, index) => {
    const event = events[index as number];
    for (const side of SIDES) {
      const label = labeled[index as number].properties?.[`${side}_emotion`];
      if (textOf(event, side) === undefined) expect({ side, written: sideProperties(labeled[index as number], side) }).toEqual({ side, written: [] });
      else expect({ side, label }).toEqual({ side, label: EMOTION_OF[side] });
    }
  });
});

describe('the corpus through the suite plugin, default event names', () => {
  let labeled: PluginEvent[];
  beforeAll(async () => {
    labeled = await labelAll(DEFAULT_EVENT_NAMES);
  });

  it('leaves $ai_trace, $ai_span and $ai_embedding events as they came', () => {
    const optIn = events.map((event, index) => ({ event, index })).filter(({ event }) => OPT_IN_EVENTS.includes(event.event));
    expect(optIn.length).toBeGreaterThan(3);
    for (const { index } of optIn) expect(sideProperties(labeled[index], 'user').concat(sideProperties(labeled[index], 'agent'))).toEqual([]);
  });

  it('labels the user turn of an agent loop once, on the generation that first carried it', () => {
    const userLabelsByConversation = new Map<string, number>();
    events.forEach((event, index) => {
      const conversation = `${event.producer} / ${event.scenario}`;
      const labels = labeled[index].properties?.user_emotion === undefined ? 0 : 1;
      userLabelsByConversation.set(conversation, (userLabelsByConversation.get(conversation) ?? 0) + labels);
    });
    const loops = [...userLabelsByConversation.keys()].filter((conversation) => events.filter((event) => `${event.producer} / ${event.scenario}` === conversation && event.event === '$ai_generation').length > 1);
    expect(loops.length).toBeGreaterThanOrEqual(10);
    expect(Object.fromEntries(loops.map((loop) => [loop, userLabelsByConversation.get(loop)]))).toEqual(Object.fromEntries(loops.map((loop) => [loop, 1])));
  });
});
