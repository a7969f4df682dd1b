import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { decodeCaptureBody } from '../../gateway/capture-encoding';
import { payloadEvents, withAddedProperties } from '../../gateway/capture-payload';

const eventArbitrary = fc.record({
  event: fc.constantFrom('$ai_generation', 'llm-task', '$pageview', 'clicked'),
  properties: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
  uuid: fc.uuid(),
});
const labelsArbitrary = fc.dictionary(fc.constantFrom('user_emotion', 'agent_flow', 'user_toxicity_score', 'user_emotions'), fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1 }), fc.array(fc.string(), { maxLength: 3 })), { minKeys: 1 });

type TestEvent = { event: string; properties: Record<string, unknown>; uuid: string };

function payloadText(shape: 'array' | 'batch' | 'single', events: TestEvent[], space: number): string {
  if (shape === 'array') return JSON.stringify(events, null, space);
  if (shape === 'batch') return JSON.stringify({ api_key: 'phc_k', batch: events, sent_at: '2026-01-01T00:00:00Z' }, null, space);
  return JSON.stringify({ api_key: 'phc_k', ...events[0] }, null, space);
}

describe('writing labels into a capture payload', () => {
  it('adds exactly the labels to the chosen events, in every payload shape and spacing, and leaves every other event\'s bytes alone', () => {
    fc.assert(
      fc.property(fc.constantFrom('array' as const, 'batch' as const, 'single' as const), fc.array(eventArbitrary, { minLength: 1, maxLength: 5 }), fc.array(fc.option(labelsArbitrary, { nil: undefined }), { minLength: 5, maxLength: 5 }), fc.integer({ min: 0, max: 3 }), (shape, generated, labelChoices, space) => {
        const events = shape === 'single' ? generated.slice(0, 1) : generated;
        const json = payloadText(shape, events, space);
        const found = payloadEvents(json, JSON.parse(json));
        expect(found).toBeDefined();
        const items = found ?? [];
        expect(items).toHaveLength(events.length);
        for (const item of items) expect(JSON.parse(json.slice(item.span.start, item.span.end))).toEqual(item.value);

        const chosen = items.flatMap((item, index) => (labelChoices[index] ? [{ span: item.span, added: labelChoices[index] as Record<string, unknown> }] : []));
        const edited = withAddedProperties(json, chosen);
        expect(edited.written).toBe(chosen.length);
        const after = payloadEvents(edited.json, JSON.parse(edited.json)) ?? [];
        items.forEach((item, index) => {
          const labels = labelChoices[index];
          const expected = labels ? { ...(item.value as TestEvent), properties: { ...(item.value as TestEvent).properties, ...labels } } : item.value;
          expect(after[index].value).toEqual(expected);
          if (!labels) expect(edited.json.slice(after[index].span.start, after[index].span.end)).toBe(json.slice(item.span.start, item.span.end));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps number spellings and escapes the client wrote, and skips an event whose properties are not one object', () => {
    const json = '[{"event":"$ai_generation","properties":{"id":12345678901234567890,"x":1.0,"s":"caf\\u00e9"}},{"event":"e","properties":[1],"properties":{"a":1}}]';
    const items = payloadEvents(json, JSON.parse(json)) ?? [];
    const edited = withAddedProperties(json, items.map((item) => ({ span: item.span, added: { user_emotion: 'joy' } })));
    expect(edited.written).toBe(1);
    expect(edited.json).toBe('[{"event":"$ai_generation","properties":{"id":12345678901234567890,"x":1.0,"s":"caf\\u00e9","user_emotion":"joy"}},{"event":"e","properties":[1],"properties":{"a":1}}]');
  });

  it('replaces a label already on the event instead of writing the key twice (overwriteLabels)', () => {
    const json = '{"event":"$ai_generation","properties":{"user_emotion":"anger","n":1}}';
    const [item] = payloadEvents(json, JSON.parse(json)) ?? [];
    expect(withAddedProperties(json, [{ span: item.span, added: { user_emotion: 'joy', user_emotion_score: 0.9 } }]).json).toBe('{"event":"$ai_generation","properties":{"user_emotion":"joy","n":1,"user_emotion_score":0.9}}');
  });
});

describe('decoding and re-encoding capture bodies', () => {
  const json = JSON.stringify([{ event: '$ai_generation', properties: { $ai_input: 'héllo ☃ + / = & %', token: 'phc_k' } }]);
  const cases: Array<[string, Buffer, { contentType?: string; contentEncoding?: string; compression: string | null }]> = [
    ['plain JSON', Buffer.from(json), { contentType: 'application/json', compression: null }],
    ['Content-Encoding: gzip', gzipSync(json), { contentType: 'application/json', contentEncoding: 'gzip', compression: null }],
    ['?compression=gzip-js', gzipSync(json), { contentType: 'text/plain', compression: 'gzip-js' }],
    ['form with base64 data', Buffer.from(`data=${encodeURIComponent(Buffer.from(json).toString('base64'))}&ver=1.2`), { contentType: 'application/x-www-form-urlencoded', compression: 'base64' }],
    ['form with raw + in base64 data', Buffer.from(`data=${Buffer.from(json).toString('base64')}`), { contentType: 'application/x-www-form-urlencoded', compression: null }],
    ['form with JSON data', Buffer.from(`data=${encodeURIComponent(json)}`), { contentType: 'application/x-www-form-urlencoded; charset=UTF-8', compression: null }],
  ];
  it.each(cases)('%s: decodes to the JSON and encodes edited JSON back the same way', async (_name, body, request) => {
    const result = await decodeCaptureBody(body, { contentType: request.contentType, contentEncoding: request.contentEncoding, compression: request.compression }, 1 << 20);
    if (!result.ok) throw new Error(`not decoded: ${result.reason}`);
    expect(result.decoded.json).toBe(json);
    const edited = json.replace('"token"', '"user_emotion":"joy","token"');
    const again = await decodeCaptureBody(await result.decoded.encode(edited), { contentType: request.contentType, contentEncoding: request.contentEncoding, compression: request.compression }, 1 << 20);
    if (!again.ok) throw new Error(`re-encoded body not decoded: ${again.reason}`);
    expect(again.decoded.json).toBe(edited);
    expect(again.decoded.encoding).toBe(result.decoded.encoding);
  });

  it('keeps the other form fields byte for byte', async () => {
    const body = Buffer.from(`ver=1.2.3&data=${encodeURIComponent(json)}&extra=a%20b+c`);
    const result = await decodeCaptureBody(body, { contentType: 'application/x-www-form-urlencoded', contentEncoding: undefined, compression: null }, 1 << 20);
    if (!result.ok) throw new Error('not decoded');
    expect((await result.decoded.encode(json)).toString()).toBe(body.toString());
  });
});
