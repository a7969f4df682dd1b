import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { PostHog } from 'posthog-node';
import { startCaptureGateway } from '../../gateway';
import { slowToxicityModel, toxicityModelFailingPast } from '../helpers/broken-models';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { metricValue } from '../server/server-helpers';
import { type RecordingUpstream, type TestGateway, acceptedEvents, recordingFetch, startRecordingUpstream, startTestGateway } from './gateway-helpers';

// Well under one run of the slow model, so the budget always runs out first.
const LABEL_TIMEOUT_MS = 10;
// Slack for a loaded 2-core machine: the budget is what is asserted, not the machine's speed.
const SLACK_MS = 1500;

async function sendThroughSdk(gateway: TestGateway, text: string): Promise<{ elapsedMs: number; sentBody: Buffer; uuid: string }> {
  const sdk = recordingFetch();
  const posthog = new PostHog('phc_failtest', { host: gateway.url, flushAt: 1000, flushInterval: 0, fetch: sdk.fetch });
  const uuid = randomUUID();
  posthog.capture({ distinctId: 'user-5', event: '$ai_generation', uuid, properties: { $ai_input: [{ role: 'user', content: text }], $ai_output_choices: [{ role: 'assistant', content: `reply to ${uuid}` }] } });
  const started = Date.now();
  await posthog.flush();
  const elapsedMs = Date.now() - started;
  await posthog.shutdown();
  const sent = sdk.sent.find((request) => request.url.includes('/batch/'));
  if (!sent) throw new Error('the SDK sent no batch');
  return { elapsedMs, sentBody: sent.body, uuid };
}

const metrics = async (gateway: TestGateway): Promise<string> => (await fetch(`${gateway.url}/metrics`)).text();

/** The slow toxicity model on the user side only: fewer slow runs to wait for at teardown. */
const SLOW_SETTINGS = (): Record<string, string> => ({ toxicityModelDir: slowToxicityModel(), classifySides: 'user', cacheSize: '0' });

let upstream: RecordingUpstream;
let warnings: jest.SpyInstance;
beforeEach(async () => {
  upstream = await startRecordingUpstream();
  // The core's one line per unlabeled event; asserted on below where it matters.
  warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  warnings.mockRestore();
  await upstream.close();
});

describe('when labeling is slow or fails', () => {
  it('forwards the original bytes within the labeling budget on a slow model, and stops waiting once the breaker opens', async () => {
    const gateway = await startTestGateway(upstream.url, { labelTimeoutMs: LABEL_TIMEOUT_MS, breakerFailures: 1, breakerCoolDownMs: 60_000, settings: SLOW_SETTINGS() });
    try {
      const slow = await sendThroughSdk(gateway, 'slow happy idiot');
      expect(slow.elapsedMs).toBeLessThan(LABEL_TIMEOUT_MS + SLACK_MS);
      expect(upstream.requests[0].body.equals(slow.sentBody)).toBe(true);
      expect(acceptedEvents(upstream).map((event) => event.uuid)).toEqual([slow.uuid]);
      expect(gateway.logs.join('\n')).toContain('the classifier side failed 1 times in a row: circuit open');
      const next = await sendThroughSdk(gateway, 'next happy idiot');
      expect(upstream.requests[1].body.equals(next.sentBody)).toBe(true);
      const page = await metrics(gateway);
      expect(metricValue(page, 'llm_classify_proxy_capture_requests_total', { result: 'timeout' })).toBe(1);
      expect(metricValue(page, 'llm_classify_proxy_capture_requests_total', { result: 'circuit_open' })).toBe(1);
      expect(metricValue(page, 'llm_classify_proxy_circuit_open')).toBe(1);
      expect(metricValue(page, 'llm_classify_proxy_events_total', { result: 'unlabeled' })).toBe(2);
    } finally {
      await gateway.close();
    }
  });

  it('forwards the original bytes when a model throws, and counts the failure towards the breaker', async () => {
    const gateway = await startTestGateway(upstream.url, { breakerFailures: 1, breakerCoolDownMs: 60_000, settings: { toxicityModelDir: toxicityModelFailingPast(12), cacheSize: '0' } });
    try {
      const secret = 'secret-user-text happy idiot and then some more words to pass twelve tokens';
      const { sentBody } = await sendThroughSdk(gateway, secret);
      expect(upstream.requests[0].body.equals(sentBody)).toBe(true);
      const next = await sendThroughSdk(gateway, 'short happy');
      expect(upstream.requests[1].body.equals(next.sentBody)).toBe(true);
      const page = await metrics(gateway);
      expect(metricValue(page, 'llm_classify_proxy_capture_requests_total', { result: 'no_labels' })).toBe(1);
      expect(metricValue(page, 'llm_classify_proxy_capture_requests_total', { result: 'circuit_open' })).toBe(1);
      const logged = [...gateway.logs, ...warnings.mock.calls.map((call) => call.join(' '))].join('\n');
      expect(logged).not.toContain('secret-user-text');
      expect(logged).not.toContain('phc_failtest');
    } finally {
      await gateway.close();
    }
  });

  it('sends requests past the labeling limit on at once, unlabeled', async () => {
    const gateway = await startTestGateway(upstream.url, { maxLabelingRequests: 1 });
    const held = net.connect(Number(new URL(gateway.url).port), '127.0.0.1');
    try {
      // A client still uploading its body holds the one labeling place.
      const body = JSON.stringify({ api_key: 'phc_x', batch: [{ event: '$ai_generation', properties: { $ai_input: 'so happy', $ai_output_choices: 'welcome' } }] });
      held.write(`POST /batch/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
      while (metricValue(await metrics(gateway), 'llm_classify_proxy_labeling_requests_in_flight') === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const second = await sendThroughSdk(gateway, 'second happy');
      expect(upstream.requests[0].body.equals(second.sentBody)).toBe(true);
      const answered = new Promise<string>((resolve) => held.once('data', (chunk) => resolve(chunk.toString())));
      held.write(body.slice(10));
      expect(await answered).toMatch(/^HTTP\/1\.1 200/);
      expect(acceptedEvents(upstream)[1].properties.user_emotion).toBe('joy');
      const page = await metrics(gateway);
      expect(metricValue(page, 'llm_classify_proxy_capture_requests_total', { result: 'busy' })).toBe(1);
      expect(metricValue(page, 'llm_classify_proxy_capture_requests_total', { result: 'labeled' })).toBe(1);
    } finally {
      held.destroy();
      await gateway.close();
    }
  });

  it('forwards everything unlabeled when the models fail to load, and says so on /readyz', async () => {
    const logs: string[] = [];
    const gateway = await startCaptureGateway({ upstream: upstream.url, port: 0, log: (line) => logs.push(line), settings: { ...FIXTURE_SETTINGS.suite, emotionModelDir: '/nonexistent-model-folder' } });
    try {
      await expect(gateway.ready).rejects.toThrow('/nonexistent-model-folder');
      const readyz = await fetch(`${gateway.url}/readyz`);
      expect(readyz.status).toBe(503);
      expect(((await readyz.json()) as { reason: string }).reason).toContain('model setup failed');
      const body = JSON.stringify({ api_key: 'phc_x', batch: [{ event: '$ai_generation', properties: { $ai_input: 'happy', $ai_output_choices: 'welcome' } }] });
      const response = await fetch(`${gateway.url}/batch/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(200);
      expect(upstream.requests[0].body.toString()).toBe(body);
      expect(metricValue(await metrics(gateway as TestGateway), 'llm_classify_proxy_capture_requests_total', { result: 'not_ready' })).toBe(1);
    } finally {
      await gateway.close();
    }
  });
});
