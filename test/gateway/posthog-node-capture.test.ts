import { randomUUID } from 'node:crypto';
import { PostHog } from 'posthog-node';
import { metricValue } from '../server/server-helpers';
import { acceptedEvents, captureText, recordingFetch, useGatewayForFile, withoutLabels } from './gateway-helpers';

const API_KEY = 'phc_gatewaytestkey123';

const context = useGatewayForFile();

function client(options: { compression: boolean; fetch: (url: string, options: any) => Promise<any> }): PostHog {
  return new PostHog(API_KEY, { host: context.gateway.url, flushAt: 1000, flushInterval: 0, disableCompression: !options.compression, fetch: options.fetch, fetchRetryDelay: 20 });
}

/** A mixed batch: pageviews and custom events around $ai_generation events, in a known order. */
function captureMixed(posthog: PostHog): string[] {
  const uuids: string[] = [];
  const capture = (event: string, properties: Record<string, unknown>): void => {
    const uuid = randomUUID();
    uuids.push(uuid);
    posthog.capture({ distinctId: 'user-1', event, properties, uuid });
  };
  capture('$pageview', { $current_url: 'https://example.com/pricing', ratio: 0.1, unicode: 'caf\u00e9 \u2603' });
  capture('$ai_generation', { $ai_model: 'gpt-4o-mini', $ai_input: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'I am so happy with this answer' }], $ai_output_choices: [{ role: 'assistant', content: 'You are welcome!' }] });
  capture('signed_up', { plan: 'team' });
  capture('$ai_generation', { $ai_model: 'gpt-4o-mini', $ai_input: [{ role: 'user', content: 'you idiot, that is wrong' }], $ai_output_choices: [{ role: 'assistant', content: 'sorry, I was wrong' }] });
  capture('$ai_embedding', { $ai_input: 'happy text that is not labeled by default' });
  return uuids;
}

describe.each([
  ['gzip', true],
  ['plain JSON', false],
])('posthog-node through the gateway (%s)', (_name, compression) => {
  it('delivers every event exactly once and in order, labels the LLM events and leaves every other byte as the SDK sent it', async () => {
    const sdk = recordingFetch();
    const posthog = client({ compression, fetch: sdk.fetch });
    const uuids = captureMixed(posthog);
    await posthog.shutdown();

    const arrived = acceptedEvents(context.upstream, '/batch/');
    expect(arrived.map((event) => event.uuid)).toEqual(uuids);
    const [pageview, happy, signup, rude, embedding] = arrived;
    expect(happy.properties).toMatchObject({ user_emotion: 'joy', user_emotion_score: 0.95, agent_flow: 'success_and_followup_assistance', user_toxicity: 'non_toxic' });
    expect(rude.properties).toMatchObject({ user_toxicity: 'toxic', user_flow: 'model_wrong_or_try_again', agent_flow: 'agent_apology_error_mistake' });
    for (const untouched of [pageview, signup, embedding]) expect(Object.keys(untouched.properties).filter((key) => /^(user|agent)_/.test(key))).toEqual([]);

    // Byte for byte: the decoded body is what the SDK sent, plus the label properties and nothing else.
    const batches = context.upstream.requests.filter((request) => request.url.startsWith('/batch/'));
    const sent = sdk.sent.filter((request) => request.url.includes('/batch/'));
    expect(batches).toHaveLength(sent.length);
    batches.forEach((received, index) => {
      const original = captureText({ headers: received.headers, url: received.url, body: sent[index].body });
      expect(withoutLabels(captureText(received))).toBe(original);
      expect(received.headers['content-encoding']).toBe(compression ? 'gzip' : undefined);
      expect(received.headers['user-agent']).toMatch(/^posthog-node\//);
      expect(received.headers.host).toBe(new URL(context.upstream.url).host);
      expect(JSON.parse(captureText(received)).api_key).toBe(API_KEY);
    });
    expect(sent.every((request) => request.status === 200)).toBe(true);
  });
});

it('forwards a batch without LLM events as the very bytes the SDK sent', async () => {
  const sdk = recordingFetch();
  const posthog = client({ compression: true, fetch: sdk.fetch });
  posthog.capture({ distinctId: 'user-2', event: 'clicked', properties: { happy: 'a trigger word outside any LLM event' } });
  posthog.identify({ distinctId: 'user-2', properties: { email: 'user@example.com' } });
  await posthog.shutdown();
  const received = context.upstream.requests.filter((request) => request.url.startsWith('/batch/'));
  expect(received).toHaveLength(1);
  expect(received[0].body.equals(sdk.sent.find((request) => request.url.includes('/batch/'))?.body ?? Buffer.alloc(0))).toBe(true);
});

it('forwards requests other than capture byte for byte without reading them, and streams the answer back with its headers', async () => {
  context.upstream.answer = (request) =>
    request.url.startsWith('/flags/')
      ? { status: 200, headers: { 'content-type': 'application/json', 'set-cookie': ['a=1; Path=/', 'b=2; Path=/'], 'x-upstream': 'yes' }, body: JSON.stringify({ flags: { 'new-checkout': { key: 'new-checkout', enabled: true, variant: null, reason: { code: 'condition_match' }, metadata: { id: 1, version: 1, payload: null } } }, errorsWhileComputingFlags: false, requestId: 'r1' }) }
      : { status: 200, body: Buffer.from([0, 255, 1, 254]) };
  const sdk = recordingFetch();
  const posthog = client({ compression: true, fetch: sdk.fetch });
  expect((await posthog.evaluateFlags('user-3')).isEnabled('new-checkout')).toBe(true);
  await posthog.shutdown();
  const flagsRequest = context.upstream.requests.find((request) => request.url.startsWith('/flags/'));
  expect(flagsRequest?.body.equals(sdk.sent.find((request) => request.url.includes('/flags/'))?.body ?? Buffer.alloc(0))).toBe(true);

  const asset = await fetch(`${context.gateway.url}/static/array.js?v=1`, { headers: { 'x-custom': 'kept' } });
  expect(Buffer.from(await asset.arrayBuffer()).equals(Buffer.from([0, 255, 1, 254]))).toBe(true);
  const assetRequest = context.upstream.requests.find((request) => request.url === '/static/array.js?v=1');
  expect(assetRequest?.headers['x-custom']).toBe('kept');

  const flags = await fetch(`${context.gateway.url}/flags/?v=2`, { method: 'POST', body: '{"token":"phc_x","distinct_id":"d"}' });
  expect(flags.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  expect(flags.headers.get('x-upstream')).toBe('yes');
});

it('counts requests by route and events labeled and passed through in /metrics', async () => {
  const posthog = client({ compression: true, fetch: recordingFetch().fetch });
  captureMixed(posthog);
  await posthog.shutdown();
  const page = await (await fetch(`${context.gateway.url}/metrics`)).text();
  expect(metricValue(page, 'llm_classify_proxy_http_requests_total', { route: '/batch/', status: '200' }) ?? 0).toBeGreaterThanOrEqual(1);
  expect(metricValue(page, 'llm_classify_proxy_capture_requests_total', { result: 'labeled' }) ?? 0).toBeGreaterThanOrEqual(1);
  expect(metricValue(page, 'llm_classify_proxy_events_total', { result: 'labeled' }) ?? 0).toBeGreaterThanOrEqual(2);
  expect(metricValue(page, 'llm_classify_proxy_events_total', { result: 'other' }) ?? 0).toBeGreaterThanOrEqual(3);
  expect(metricValue(page, 'llm_classify_proxy_added_latency_seconds_count', { route: '/batch/' }) ?? 0).toBeGreaterThanOrEqual(1);
  expect(metricValue(page, 'llm_classify_model_texts_run_total', { classifier: 'emotion' }) ?? 0).toBeGreaterThan(0);
  expect(metricValue(page, 'llm_classify_proxy_ready')).toBe(1);
});
