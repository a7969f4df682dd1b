import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { metricValue } from '../server/server-helpers';
import { closedLoopbackPort } from '../cli/cli-harness';
import { startTestGateway, useGatewayForFile } from './gateway-helpers';

const LLM_BATCH = JSON.stringify({ api_key: 'phc_relaykey', batch: [{ event: '$ai_generation', properties: { $ai_input: [{ role: 'user', content: 'so happy' }], $ai_output_choices: [{ role: 'assistant', content: 'welcome' }] } }] });

/** Sends raw HTTP/1.1 bytes and returns the raw answer: for request targets `fetch` would not send. */
function rawRequest(gatewayUrl: string, text: string): Promise<string> {
  const { port } = new URL(gatewayUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const context = useGatewayForFile({ maxBodyBytes: 2048 });
let warnings: jest.SpyInstance;

beforeEach(() => {
  warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  // Like capture: a body it cannot read gets 400, one over its limit 413.
  context.upstream.answer = (request) => {
    if (request.body.length > 4096) return { status: 413, body: '{"type":"validation_error","code":"payload_too_large"}' };
    try {
      JSON.parse(request.body.toString('utf8'));
      return { status: 200, body: '{"status":"Ok"}' };
    } catch {
      return { status: 400, body: '{"type":"validation_error","code":"invalid_payload"}' };
    }
  };
});
afterEach(() => warnings.mockRestore());

describe('bodies the gateway cannot label go to the upstream to judge, byte for byte', () => {
  it.each([
    ['malformed JSON', { 'content-type': 'application/json' }, Buffer.from('{"api_key":"phc_x","batch":[{"event":"$ai_generation",')],
    ['broken gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3])],
    ['invalid UTF-8', { 'content-type': 'application/json' }, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['an encoding capture may know but the gateway does not (brotli)', { 'content-type': 'application/json', 'content-encoding': 'br' }, Buffer.from(LLM_BATCH)],
    ['a JSON string instead of events', { 'content-type': 'application/json' }, Buffer.from('"just a string"')],
    ['a form without a data field', { 'content-type': 'application/x-www-form-urlencoded' }, Buffer.from('ver=1.2.3&other=1')],
  ])('%s', async (_name, headers, body) => {
    const response = await fetch(`${context.gateway.url}/batch/`, { method: 'POST', headers, body });
    expect(context.upstream.requests).toHaveLength(1);
    expect(context.upstream.requests[0].body.equals(body)).toBe(true);
    expect(response.status).toBe(context.upstream.requests[0].status);
  });

  it('an lz64 body (old posthog-js) is forwarded as it came', async () => {
    const body = Buffer.from('N4IgzgpgTgLglgewHYAIBKB7AJgUwGZA');
    await fetch(`${context.gateway.url}/e/?compression=lz64`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
    expect(context.upstream.requests[0].body.equals(body)).toBe(true);
    expect(context.upstream.requests[0].url).toBe('/e/?compression=lz64');
  });

  it('an oversized body, with a length or chunked, is streamed upstream unlabeled and the upstream\'s 413 comes back', async () => {
    const big = JSON.stringify({ api_key: 'phc_x', batch: Array.from({ length: 60 }, (_, index) => ({ event: '$ai_generation', properties: { $ai_input: `so happy ${index}`, $ai_output_choices: 'welcome' } })) });
    expect(big.length).toBeGreaterThan(4096);
    const sized = await fetch(`${context.gateway.url}/batch/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(sized.status).toBe(413);
    const chunks = [big.slice(0, 1500), big.slice(1500, 3000), big.slice(3000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(Buffer.from(next));
      },
    });
    const chunked = await fetch(`${context.gateway.url}/batch/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(context.upstream.requests.map((request) => request.body.toString())).toEqual([big, big]);
    expect(context.upstream.requests[1].headers['transfer-encoding']).toBe('chunked');
    const page = await (await fetch(`${context.gateway.url}/metrics`)).text();
    expect(metricValue(page, 'llm_classify_proxy_capture_requests_total', { result: 'too_large' })).toBeGreaterThanOrEqual(2);
  });

  it('a gzip body that decodes past the limit is forwarded unlabeled as it came', async () => {
    const bomb = gzipSync(JSON.stringify({ api_key: 'phc_x', batch: [{ event: '$ai_generation', properties: { $ai_input: 'happy '.repeat(2000) } }] }));
    expect(bomb.length).toBeLessThan(2048);
    await fetch(`${context.gateway.url}/batch/`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
    expect(context.upstream.requests[0].body.equals(bomb)).toBe(true);
  });
});

describe('no open relay', () => {
  it('refuses an absolute-form request target instead of following it', async () => {
    const answer = await rawRequest(context.gateway.url, 'GET http://evil.example/steal HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(context.upstream.requests).toHaveLength(0);
  });

  it('sends a path that looks like a host, and any Host header, to the one upstream', async () => {
    await rawRequest(context.gateway.url, 'GET //evil.example/steal HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
    await fetch(`${context.gateway.url}/batch/`, { method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json' }, body: LLM_BATCH });
    expect(context.upstream.requests.map((request) => request.url)).toEqual(['//evil.example/steal', '/batch/']);
    expect(context.upstream.requests.map((request) => request.headers.host)).toEqual([new URL(context.upstream.url).host, new URL(context.upstream.url).host]);
  });

  it('does not tunnel CONNECT', async () => {
    const answer = await rawRequest(context.gateway.url, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 405/);
  });
});

it('never logs event text or the project API key, even when the upstream is down', async () => {
  const down = await startTestGateway(`http://127.0.0.1:${await closedLoopbackPort()}`);
  try {
    const response = await fetch(`${down.url}/batch/?token=phc_relaykey`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: LLM_BATCH });
    expect(response.status).toBe(502);
    await fetch(`${down.url}/api/surveys/?token=phc_relaykey`);
    const logged = [...down.logs, ...warnings.mock.calls.map((call) => call.join(' '))].join('\n');
    expect(logged).toContain('upstream unreachable');
    expect(logged).not.toContain('phc_relaykey');
    expect(logged).not.toContain('so happy');
  } finally {
    await down.close();
  }
});

it('answers /healthz and /readyz itself', async () => {
  expect(await (await fetch(`${context.gateway.url}/healthz`)).json()).toEqual({ status: 'ok' });
  const readyz = await fetch(`${context.gateway.url}/readyz`);
  expect(readyz.status).toBe(200);
  expect(context.upstream.requests).toHaveLength(0);
});
