import fc from 'fast-check';
import * as suite from '../../index';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { SIDES, propertyNames } from '../../shared';
import { pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';

/** Every property the suite may add, with the values it may hold. */
const LABELS_BY_PROPERTY: Record<string, readonly string[]> = {};
const LIST_PROPERTIES: Record<string, string> = {};
for (const spec of CLASSIFIER_SPECS) {
  for (const side of SIDES) {
    const names = propertyNames(spec, side);
    const slot = spec.models.find((candidate) => candidate.sides.includes(side));
    if (slot === undefined) continue;
    LABELS_BY_PROPERTY[names.label] = [...slot.labels, spec.fallbackLabel];
    LIST_PROPERTIES[names.labelList] = names.label;
  }
}

const TRIGGER_WORDS = ['happy', 'idiot', 'sorry', 'thanks', 'wrong', 'kill', 'pleased'];
const awkwardText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }), // includes lone surrogates
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u200b\u200c\u200d', '\u202eevil\u202c', 'שלום עולם', 'مرحبا', '😀👍🏽', 'a\ud800b', '\udfff'),
  fc.array(fc.constantFrom(...TRIGGER_WORDS, 'the', 'and', 'you'), { maxLength: 12 }).map((words) => words.join(' ')),
);
const pollutingKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'role', 'content', 'text', 'type');
const anyValue = fc.oneof(fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), awkwardText);
const contentPart = fc.oneof(
  fc.record({ type: fc.constantFrom('text', 'image_url', 'input_text', 'output_text', 'audio', 'tool_result', 'thinking'), text: fc.oneof(awkwardText, anyValue) }, { requiredKeys: [] }),
  fc.record({ type: fc.constant('refusal'), refusal: fc.oneof(awkwardText, anyValue) }, { requiredKeys: [] }),
  awkwardText,
  anyValue,
);
const parts = fc.array(contentPart, { maxLength: 4 });
const message = fc.record(
  {
    role: fc.oneof(fc.constantFrom('user', 'assistant', 'system', 'tool', 'USER', 'human', 'model', 'developer'), anyValue),
    // Content parts may arrive as JSON text (the Responses API through @posthog/ai).
    content: fc.oneof(awkwardText, parts, parts.map((list) => JSON.stringify(list)), anyValue),
    refusal: anyValue,
  },
  { requiredKeys: [] },
);
const responsesItem = fc.record({ type: fc.constantFrom('reasoning', 'function_call', 'function_call_output', 'web_search_call', 'message'), role: fc.constantFrom('user', 'assistant'), content: fc.oneof(parts, anyValue) }, { requiredKeys: ['type'] });
const item = fc.oneof(message, responsesItem, responsesItem.map((value) => ({ role: 'user', content: JSON.stringify(value) })), awkwardText);
const conversationValue = fc.oneof(
  awkwardText,
  fc.array(item, { maxLength: 5 }),
  message,
  fc.constant(null),
  anyValue,
  fc.array(fc.array(message, { maxLength: 2 }), { maxLength: 2 }),
  // Whole response objects (LiteLLM) and states (LangChain traces).
  fc.record({ choices: fc.array(fc.oneof(fc.record({ message }, { requiredKeys: [] }), anyValue), { maxLength: 3 }) }),
  fc.record({ output: fc.array(item, { maxLength: 4 }) }),
  fc.record({ messages: fc.array(item, { maxLength: 4 }) }),
);
const eventProperties = fc
  .record(
    {
      $llm_input: conversationValue,
      $llm_output: conversationValue,
      $ai_input: conversationValue,
      $ai_output_choices: conversationValue,
      $ai_output: conversationValue,
      $ai_input_state: conversationValue,
      $ai_output_state: conversationValue,
      user_emotion: fc.oneof(anyValue, fc.constant('anger')),
      $session_id: anyValue,
    },
    { requiredKeys: [] },
  )
  .chain((known) => fc.dictionary(fc.oneof(pollutingKey, fc.string({ maxLength: 8 })), anyValue, { maxKeys: 4 }).map((extra) => ({ ...extra, ...known })));
const eventName = fc.oneof(fc.constantFrom('llm-task', 'llm-feedback', '$ai_generation', '$ai_trace', '$ai_span', '$ai_embedding', '$pageview', 'llm-'), fc.string({ maxLength: 10 }), anyValue);
const generatedEvent = fc.record({
  event: eventName,
  uuid: fc.uuid(),
  distinct_id: fc.string({ maxLength: 10 }),
  properties: fc.oneof({ weight: 9, arbitrary: eventProperties }, { weight: 1, arbitrary: anyValue }),
});

/** Returns whether labels were added. The same object always comes back; only documented label properties are ever added to it. */
function checkLabeledEvent(original: Record<string, unknown>, snapshot: Record<string, unknown>, returned: Record<string, unknown>): boolean {
  expect(returned).toBe(original);
  // Every field but properties is as it came, and so is every original property (labels already there too: overwriteLabels is off).
  for (const key of Object.keys(snapshot)) if (key !== 'properties') expect(returned[key]).toEqual(snapshot[key]);
  const before = snapshot.properties;
  const after = returned.properties;
  if (typeof before !== 'object' || before === null || Array.isArray(before)) {
    expect(after).toEqual(before);
    return false;
  }
  const beforeProperties = before as Record<string, unknown>;
  const afterProperties = after as Record<string, unknown>;
  for (const key of Reflect.ownKeys(beforeProperties)) expect(Reflect.get(afterProperties, key)).toEqual(Reflect.get(beforeProperties, key));
  const added = Object.keys(afterProperties).filter((key) => !Object.prototype.hasOwnProperty.call(beforeProperties, key));
  for (const key of added) {
    if (key in LABELS_BY_PROPERTY) expect(LABELS_BY_PROPERTY[key]).toContain(afterProperties[key]);
    else if (key.endsWith('_score')) {
      expect(LABELS_BY_PROPERTY).toHaveProperty(key.slice(0, -'_score'.length));
      expect(afterProperties[key]).toBeGreaterThanOrEqual(0);
      expect(afterProperties[key]).toBeLessThanOrEqual(1);
    } else {
      expect(LIST_PROPERTIES).toHaveProperty(key);
      for (const label of afterProperties[key] as string[]) expect(LABELS_BY_PROPERTY[LIST_PROPERTIES[key]]).toContain(label);
    }
  }
  return added.length > 0;
}

describe('generated events through the whole suite (fast-check)', () => {
  const eventNames = 'llm-*,$ai_generation,$ai_trace,$ai_span,$ai_embedding';
  const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, eventNames, emotionWriteLabelList: 'yes', toxicityWriteLabelList: 'yes', flowWriteLabelList: 'yes' });
  beforeAll(() => suite.setupPlugin(meta));
  afterAll(() => suite.teardownPlugin(meta));

  it('always resolves to the very event it was given, adding only documented labels', async () => {
    let labeledCount = 0;
    await fc.assert(
      fc.asyncProperty(generatedEvent, async (event) => {
        const input = event as unknown as Parameters<typeof suite.processEvent>[0];
        const snapshot = structuredClone(event) as Record<string, unknown>;
        const returned = await suite.processEvent(input, meta);
        if (checkLabeledEvent(event as Record<string, unknown>, snapshot, returned as unknown as Record<string, unknown>)) labeledCount++;
      }),
      { numRuns: 400, seed: 20261123 },
    );
    // The generators reach the labeling path often, not only the pass-through one.
    expect(labeledCount).toBeGreaterThan(40);
  });

  it('labels 1 MB texts quickly, reading only their first part', async () => {
    const megabyte = 'happy '.repeat(180_000) + 'idiot';
    const event = { event: 'llm-task', uuid: 'big', distinct_id: 'x', properties: { $llm_input: megabyte, $llm_output: [{ role: 'assistant', content: megabyte }] } };
    const started = Date.now();
    const returned = (await suite.processEvent(event as never, meta)) as unknown as { properties: Record<string, unknown> };
    expect(Date.now() - started).toBeLessThan(2000);
    expect(returned.properties.user_emotion).toBe('joy');
    // "idiot" sits past the cut, so it is not read.
    expect(returned.properties.user_toxicity).toBe('non_toxic');
    expect(returned.properties.$llm_input).toBe(megabyte);
  });

  it('passes events that are not objects through as they are', async () => {
    for (const odd of [null, undefined, 42, 'llm-task', [] as unknown[]]) {
      await expect(suite.processEvent(odd as never, meta)).resolves.toBe(odd);
    }
  });
});
