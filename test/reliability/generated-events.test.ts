import fc from 'fast-check';
import * as suite from '../../index';
import { LABEL_SETS } from '../../modelgen/label-sets';
import { pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';

/** Every property the suite may add, with the values it may hold. */
const LABELS_BY_PROPERTY: Record<string, readonly string[]> = {};
for (const side of ['user', 'agent']) {
  LABELS_BY_PROPERTY[`${side}_emotion`] = [...LABEL_SETS.emotion, 'neutral'];
  LABELS_BY_PROPERTY[`${side}_toxicity`] = [...LABEL_SETS.toxicity, 'non_toxic'];
}
LABELS_BY_PROPERTY.user_flow = [...LABEL_SETS['user-flow'], 'OTHER'];
LABELS_BY_PROPERTY.agent_flow = [...LABEL_SETS['agent-flow'], 'OTHER'];
const LIST_PROPERTIES: Record<string, string> = {};
for (const side of ['user', 'agent']) {
  LIST_PROPERTIES[`${side}_emotions`] = `${side}_emotion`;
  LIST_PROPERTIES[`${side}_toxicity_labels`] = `${side}_toxicity`;
  LIST_PROPERTIES[`${side}_flows`] = `${side}_flow`;
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

/** Returns whether the event came back labeled (a copy) rather than as it was. */
function checkLabeledEvent(original: Record<string, unknown>, snapshot: unknown, returned: Record<string, unknown>): boolean {
  // The input object itself is never modified.
  expect(original).toEqual(snapshot);
  if (returned === original) return false;
  // Otherwise a copy: every field but properties is the same value, every original property is kept as is.
  for (const key of Object.keys(original)) if (key !== 'properties') expect(Object.is(returned[key], original[key])).toBe(true);
  const before = original.properties as Record<string, unknown>;
  const after = returned.properties as Record<string, unknown>;
  expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
  // Labels already there are kept too (overwriteLabels is off), so every original property is untouched.
  for (const key of Reflect.ownKeys(before)) expect(Object.is(Reflect.get(after, key), Reflect.get(before, key))).toBe(true);
  for (const key of Object.keys(after).filter((key) => !Object.prototype.hasOwnProperty.call(before, key))) {
    if (key in LABELS_BY_PROPERTY) expect(LABELS_BY_PROPERTY[key]).toContain(after[key]);
    else if (key.endsWith('_score')) {
      expect(LABELS_BY_PROPERTY).toHaveProperty(key.slice(0, -'_score'.length));
      expect(after[key]).toBeGreaterThanOrEqual(0);
      expect(after[key]).toBeLessThanOrEqual(1);
    } else {
      expect(LIST_PROPERTIES).toHaveProperty(key);
      for (const label of after[key] as string[]) expect(LABELS_BY_PROPERTY[LIST_PROPERTIES[key]]).toContain(label);
    }
  }
  return true;
}

describe('generated events through the whole suite (fast-check)', () => {
  const eventNames = 'llm-*,$ai_generation,$ai_trace,$ai_span,$ai_embedding';
  const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, eventNames, emotionWriteLabelList: 'yes', toxicityWriteLabelList: 'yes', flowWriteLabelList: 'yes' });
  beforeAll(() => suite.setupPlugin(meta));
  afterAll(() => suite.teardownPlugin(meta));

  it('always resolves to the same event or a copy that only adds documented labels', async () => {
    let labeledCount = 0;
    await fc.assert(
      fc.asyncProperty(generatedEvent, async (event) => {
        const input = event as unknown as Parameters<typeof suite.processEvent>[0];
        const snapshot = structuredClone(event);
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
