import http from 'node:http';
import { slowToxicityModel } from '../helpers/broken-models';
import { llmEvent } from '../helpers/events';
import { metricValue, postJson, startFixtureServer } from './server-helpers';

/** Streams `totalBytes` of body with chunked encoding (or a declared Content-Length) as fast as the socket takes it. */
function streamBody(url: string, totalBytes: number, declareLength: boolean): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const request = http.request(`${url}/v1/process`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(declareLength ? { 'Content-Length': String(totalBytes) } : {}) } });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    request.on('response', (response) => {
      let body = '';
      response.on('data', (part: Buffer) => (body += part.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode, body }));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ status: response.statusCode, error: error.code }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code }));
    const write = (): void => {
      while (sent < totalBytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', write);
      }
      request.end();
    };
    write();
  });
}

describe('llm-classify serve: the edges a soak found', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  beforeAll(async () => {
    server = await startFixtureServer({ maxBodyBytes: 64 * 1024 });
  });
  afterAll(() => server.close());

  it('answers a client that streams a body far over the limit with the 413 and its message, not a reset connection', async () => {
    for (const declareLength of [false, true]) {
      const answer = await streamBody(server.url, 32 * 1024 * 1024, declareLength);
      expect(answer.error).toBeUndefined();
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body ?? '{}')).toEqual({ code: 'body_too_large', error: expect.stringContaining('over the limit of 65536 bytes; send fewer events per request') });
    }
    // The server still answers others normally.
    expect((await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', '') })).body.properties.user_emotion).toBe('joy');
  });

  it('quotes a key name from the request only when it is short and plain, and never event content', async () => {
    const shortKey = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', ''), evnt: 1 });
    expect(shortKey.body.error).toContain('unknown request field "evnt"');
    const sentence = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', ''), 'my private diary entry': 1 });
    expect(sentence.status).toBe(400);
    expect(sentence.body.error).toContain('unknown request field a value of 22 characters (not quoted');
    const settingKey = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', ''), settings: { 'dear diary, today I': '1' } });
    expect(settingKey.body.error).toMatch(/unknown setting a value of 19 characters/);
    const settingValue = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', ''), settings: { emotionThreshold: 'my secret words' } });
    expect(settingValue.body.error).toContain('emotionThreshold must be a number from 0 to 1');
    expect(settingValue.body.error).toContain('got a value of 15 characters');
    const typo = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', ''), settings: { emotionThreshold: '0,5' } });
    expect(typo.body.error).toContain('got "0,5"');
    const path = await fetch(`${server.url}/v1/my%20diary%20entry?text=secret`, { method: 'POST' });
    expect(((await path.json()) as { error: string }).error).toMatch(/^no endpoint POST a value of \d+ characters/);
    for (const answer of [sentence, settingKey, settingValue]) expect(JSON.stringify(answer.body)).not.toMatch(/diary|secret/);
  });
});

describe('llm-classify serve: when the time budget runs out', () => {
  it('says so in the reply (outcome "timed_out"), counts it in /metrics, and logs one line per 10 s with counts', async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void lines.push(parts.map(String).join(' ')));
    const server = await startFixtureServer({ settings: { emotionEnabled: 'no', flowEnabled: 'no', toxicityModelDir: slowToxicityModel(), timeoutMs: '30', cacheSize: '0' } });
    try {
      const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => postJson(`${server.url}/v1/process`, { event: llmEvent(`slow ${index} idiot`, 'slow reply') })));
      const timedOut = answers.filter((answer) => answer.body.outcome === 'timed_out');
      expect(timedOut.length).toBeGreaterThan(2);
      for (const answer of timedOut) expect(answer).toEqual({ status: 200, body: { properties: {}, outcome: 'timed_out' } });
      for (const answer of answers.filter((candidate) => candidate.body.outcome !== 'timed_out')) expect(answer.body.outcome).toBe('labeled');
      const page = await (await fetch(`${server.url}/metrics`)).text();
      expect(metricValue(page, 'llm_classify_events_total', { outcome: 'timed_out' })).toBe(timedOut.length);
      expect(metricValue(page, 'llm_classify_events_total', { outcome: 'labeled' })).toBe(answers.length - timedOut.length);
      // Under overload every event times out: the log gets the first, and later lines count the ones left out.
      expect(lines.filter((line) => line.includes('labels not ready within timeoutMs=30'))).toHaveLength(1);
      expect(lines.join('\n')).not.toContain('idiot');
    } finally {
      spy.mockRestore();
      await server.close();
    }
  });
});
