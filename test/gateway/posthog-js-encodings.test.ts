import { gzipSync } from 'node:zlib';
import { captureEvents, captureText, useGatewayForFile, withoutLabels } from './gateway-helpers';

/*
 * posthog-js runs in browsers only (window, document, localStorage), so its requests are reproduced here from its
 * source, packages/browser/src/request.ts: the URL gets `_`, `ver` and `compression`; `gzip-js` sends the gzipped JSON
 * as text/plain, `base64` sends `data=<encodeURIComponent(base64(JSON))>` as a form, no compression sends JSON;
 * sendBeacon adds `beacon=1`. Batches are JSON arrays of events carrying `properties.token`.
 */
type Compression = 'gzip-js' | 'base64' | 'none';

function posthogJsRequest(base: string, path: string, payload: string, compression: Compression, beacon = false): { url: string; init: RequestInit } {
  const query = new URLSearchParams({ ip: '0', _: '1767225600000', ver: '1.300.0' });
  if (compression !== 'none') query.set('compression', compression);
  if (beacon) query.set('beacon', '1');
  const url = `${base}${path}?${query.toString()}`;
  if (compression === 'gzip-js') return { url, init: { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: gzipSync(Buffer.from(payload, 'utf8')) } };
  if (compression === 'base64') return { url, init: { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `data=${encodeURIComponent(Buffer.from(payload, 'utf8').toString('base64'))}` } };
  return { url, init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: payload } };
}

// Written by hand so that the spellings a JavaScript round trip would change are in it: a 20-digit integer, 1.0,
// \u escapes, an escaped slash, keys in an odd order, spaces.
const PAGEVIEW = '{"uuid":"0194e2c0-aaaa-7000-8000-000000000001","event":"$pageview","properties":{"token":"phc_jskey","distinct_id":"anon-1","$current_url":"https:\\/\\/example.com\\/caf\\u00e9","order_id":12345678901234567890,"price":1.0,"$lib":"web"},"timestamp":"2026-01-01T00:00:00.000Z"}';
const AI_GENERATION = '{"uuid":"0194e2c0-aaaa-7000-8000-000000000002","event":"$ai_generation","properties":{"token":"phc_jskey","distinct_id":"anon-1","$ai_input":[{"role":"user","content":"I am so happy, this is great \\u263a"}],"$ai_output_choices":[{"role":"assistant","content":"Sorry, I cannot help with that."}],"$ai_latency":1.50,"$lib":"web"}, "timestamp":"2026-01-01T00:00:01.000Z"}';
const LLM_TASK = '{"event":"llm-task","properties":{"token":"phc_jskey","distinct_id":"anon-1","$llm_input":[{"role":"user","content":"you idiot"}],"$llm_output":"thanks"}}';
const AUTOCAPTURE = '{"uuid":"0194e2c0-aaaa-7000-8000-000000000003","event":"$autocapture","properties":{"token":"phc_jskey","distinct_id":"anon-1","$elements_chain":"button:text=\\"Buy\\"","happy":true}}';
const BATCH = `[${PAGEVIEW},${AI_GENERATION},${AUTOCAPTURE}, ${LLM_TASK}]`;

const context = useGatewayForFile();

describe.each(['gzip-js', 'base64', 'none'] as const)('posthog-js requests with compression %s', (compression) => {
  it.each(['/e/', '/i/v0/e/'])('labels the LLM events of an array batch to %s and keeps every other byte of the JSON', async (path) => {
    const { url, init } = posthogJsRequest(context.gateway.url, path, BATCH, compression);
    const response = await fetch(url, init);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"status":"Ok"}');
    expect(context.upstream.requests).toHaveLength(1);
    const [received] = context.upstream.requests;
    expect(received.url).toBe(new URL(url).pathname + new URL(url).search);
    expect(received.headers['content-type']).toBe((init.headers as Record<string, string>)['Content-Type']);
    expect(withoutLabels(captureText(received))).toBe(BATCH);
    const [pageview, generation, autocapture, task] = captureEvents(received);
    expect(generation.properties).toMatchObject({ user_emotion: 'joy', agent_flow: 'agent_apology_error_mistake' });
    expect(task.properties).toMatchObject({ user_toxicity: 'toxic', agent_flow: 'OTHER' });
    expect(Object.keys(pageview.properties)).not.toContain('user_emotion');
    expect(Object.keys(autocapture.properties)).not.toContain('user_emotion');
  });
});

it('labels a single event sent to /capture/ and a sendBeacon batch, and keeps a batch with nothing to label as the same bytes', async () => {
  const single = posthogJsRequest(context.gateway.url, '/capture/', AI_GENERATION, 'none');
  expect((await fetch(single.url, single.init)).status).toBe(200);
  const beacon = posthogJsRequest(context.gateway.url, '/e/', `[${AI_GENERATION}]`, 'gzip-js', true);
  expect((await fetch(beacon.url, beacon.init)).status).toBe(200);
  const plain = posthogJsRequest(context.gateway.url, '/e/', `[${PAGEVIEW},${AUTOCAPTURE}]`, 'gzip-js');
  expect((await fetch(plain.url, plain.init)).status).toBe(200);

  const [capture, beaconed, untouched] = context.upstream.requests;
  expect(captureEvents(capture)[0].properties.user_emotion).toBe('joy');
  expect(withoutLabels(captureText(capture))).toBe(AI_GENERATION);
  expect(beaconed.url).toContain('beacon=1');
  expect(captureEvents(beaconed)[0].properties.user_emotion).toBe('joy');
  expect(untouched.body.equals(plain.init.body as Buffer)).toBe(true);
});

it('keeps the project API key where the client put it and writes labels into a batch object as posthog-python and LiteLLM send it', async () => {
  const body = `{"api_key": "phc_pythonkey", "batch": [${AI_GENERATION}], "sentAt": "2026-01-01T00:00:02+00:00"}`;
  const response = await fetch(`${context.gateway.url}/batch/`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'User-Agent': 'posthog-python/6.0.0' }, body: gzipSync(body) });
  expect(response.status).toBe(200);
  const [received] = context.upstream.requests;
  expect(received.headers['content-encoding']).toBe('gzip');
  expect(withoutLabels(captureText(received))).toBe(body);
  expect(JSON.parse(captureText(received)).api_key).toBe('phc_pythonkey');
  expect(captureEvents(received)[0].properties.user_emotion).toBe('joy');
});
