import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { PostHog } from 'posthog-node';
import { metricValue } from '../server/server-helpers';
import { closedLoopbackPort } from '../cli/cli-harness';
import { type RecordingUpstream, acceptedEvents, recordingFetch, startRecordingUpstream, startTestGateway } from './gateway-helpers';

const generation = (uuid: string): { distinctId: string; event: string; uuid: string; properties: Record<string, unknown> } => ({
  distinctId: 'user-9',
  event: '$ai_generation',
  uuid,
  properties: { $ai_input: [{ role: 'user', content: 'so happy' }], $ai_output_choices: [{ role: 'assistant', content: 'welcome' }] },
});

describe('when the upstream fails', () => {
  it('answers 502 while the upstream is down, so posthog-node retries, and delivers once it is back', async () => {
    const port = await closedLoopbackPort();
    const gateway = await startTestGateway(`http://127.0.0.1:${port}`);
    let upstream: RecordingUpstream | undefined;
    const sdk = recordingFetch();
    const retrying = async (url: string, options: unknown): Promise<unknown> => {
      const response = await sdk.fetch(url, options);
      // The upstream comes back after the SDK saw its first failure.
      if (response.status === 502 && upstream === undefined) upstream = await startRecordingUpstream(port);
      return response;
    };
    const posthog = new PostHog('phc_downtest', { host: gateway.url, flushAt: 1000, flushInterval: 0, fetchRetryCount: 3, fetchRetryDelay: 50, fetch: retrying as never });
    try {
      const uuids = [randomUUID(), randomUUID()];
      for (const uuid of uuids) posthog.capture(generation(uuid));
      await posthog.flush();
      const statuses = sdk.sent.map((request) => request.status);
      expect(statuses[0]).toBe(502);
      expect(statuses[statuses.length - 1]).toBe(200);
      expect(upstream).toBeDefined();
      const arrived = acceptedEvents(upstream as RecordingUpstream);
      expect(arrived.map((event) => event.uuid)).toEqual(uuids);
      expect(arrived[0].properties.user_emotion).toBe('joy');
      const page = await (await fetch(`${gateway.url}/metrics`)).text();
      expect(metricValue(page, 'llm_classify_proxy_upstream_failures_total', { kind: 'unreachable' })).toBeGreaterThanOrEqual(1);
      expect(gateway.logs.join('\n')).toContain('upstream unreachable on /batch/: ECONNREFUSED');
    } finally {
      await posthog.shutdown();
      await gateway.close();
      await upstream?.close();
    }
  });

  it('passes the upstream\'s 5xx to the client, which retries; only the accepted request counts as delivered', async () => {
    const upstream = await startRecordingUpstream();
    let failuresLeft = 2;
    upstream.answer = () => (failuresLeft-- > 0 ? { status: 503, headers: { 'retry-after': '0' }, body: 'capture is overloaded' } : { status: 200, body: '{"status":"Ok"}' });
    const gateway = await startTestGateway(upstream.url);
    const sdk = recordingFetch();
    const posthog = new PostHog('phc_5xxtest', { host: gateway.url, flushAt: 1000, flushInterval: 0, fetchRetryCount: 3, fetchRetryDelay: 20, fetch: sdk.fetch });
    try {
      const uuid = randomUUID();
      posthog.capture(generation(uuid));
      await posthog.flush();
      expect(sdk.sent.map((request) => request.status)).toEqual([503, 503, 200]);
      expect(upstream.requests.map((request) => request.status)).toEqual([503, 503, 200]);
      expect(acceptedEvents(upstream).map((event) => event.uuid)).toEqual([uuid]);
    } finally {
      await posthog.shutdown();
      await gateway.close();
      await upstream.close();
    }
  });

  it('answers 504 when the upstream does not answer in time, and never a 2xx', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const gateway = await startTestGateway(`http://127.0.0.1:${port}`, { upstreamTimeoutMs: 300 });
    try {
      const batch = await fetch(`${gateway.url}/batch/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ api_key: 'phc_x', batch: [{ event: '$pageview', properties: {} }] }) });
      expect(batch.status).toBe(504);
      expect(((await batch.json()) as { code: string }).code).toBe('upstream_timeout');
      const flags = await fetch(`${gateway.url}/flags/?v=2`, { method: 'POST', body: '{}' });
      expect(flags.status).toBe(504);
    } finally {
      await gateway.close();
      silent.closeAllConnections();
      silent.close();
    }
  });
});
