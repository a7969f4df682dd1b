import { RECORDED_PRODUCERS } from '../../corpus/recorded-producers';
import { installedVersion, recordProducer } from '../../corpus/record-producer';
import { PART_SHAPES } from '../../shared/text/content-text';
import { CONVERSATION_SHAPES } from '../../shared/text/conversation';
import { ITEM_SHAPES } from '../../shared/text/conversation-turns';
import { EVENT_READERS } from '../../shared/text/event-readers';
import { readConversation } from '../../shared/text/extract-conversation-texts';
import { corpusEvents, recordedFixtures } from './corpus-events';

/** What a reader made of an event, beside what the scenario says it carries. */
function reading(event: string, properties: unknown) {
  const { userText, agentText, reader, unknownShapes } = readConversation(event, properties);
  return { userText, agentText, readBy: reader !== undefined, unknownShapes };
}

const asRead = (expected: { userText?: string; agentText?: string }) => ({ userText: expected.userText, agentText: expected.agentText, readBy: true, unknownShapes: [] });

describe('the conformance corpus', () => {
  it.each(corpusEvents().map((event) => [event.label, event]))('%s: a reader knows every shape and finds the texts the producer sent', (_, event) => {
    expect(reading(event.event, event.properties)).toEqual(asRead(event.expected));
  });

  it('exercises every reader: none is there for a shape no producer sends', () => {
    const read = new Set<string>();
    for (const event of corpusEvents()) {
      const { reader, shapesRead } = readConversation(event.event, event.properties);
      for (const shape of [reader, ...shapesRead]) if (shape !== undefined) read.add(shape);
    }
    const everyShape = [...EVENT_READERS.map((reader) => reader.producer), ...CONVERSATION_SHAPES, ...ITEM_SHAPES, ...PART_SHAPES];
    expect(everyShape.filter((shape) => !read.has(shape))).toEqual([]);
  });

  it('holds every recorded producer, each with the versions that recorded it', () => {
    const committed = recordedFixtures();
    expect(committed.map((file) => file.producer).sort()).toEqual(RECORDED_PRODUCERS.map((producer) => producer.producer).sort());
    for (const file of committed) expect(Object.keys(file.recordedWith)).toEqual(RECORDED_PRODUCERS.find((producer) => producer.producer === file.producer)?.packages);
  });
});

describe.each(RECORDED_PRODUCERS.map((producer) => [producer.producer, producer]))('re-recorded with the installed SDKs: %s', (name, producer) => {
  let recorded: Awaited<ReturnType<typeof recordProducer>>;
  beforeAll(async () => {
    recorded = await recordProducer(producer);
  });

  it('gives only shapes a reader knows, with the texts each scenario sent', () => {
    for (const event of recorded.events) expect({ scenario: event.scenario, ...reading(event.event, event.properties) }).toEqual({ scenario: event.scenario, ...asRead(event.expected) });
  });

  it('matches the committed recording when the versions are the same (else run `npm run corpus:record` and review the diff)', () => {
    const committed = recordedFixtures().find((file) => file.producer === name);
    const installed = Object.fromEntries(producer.packages.map((pkg) => [pkg, installedVersion(pkg)]));
    expect(committed?.recordedWith).toEqual(installed);
    expect(recorded.events).toEqual(committed?.events);
  });
});
