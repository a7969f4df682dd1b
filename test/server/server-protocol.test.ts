import { llmEvent } from '../helpers/events';
import { postJson, startFixtureServer } from './server-helpers';

describe('llm-classify serve: token, limits and errors', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  beforeAll(async () => {
    server = await startFixtureServer({ token: 'correct horse battery staple', maxBodyBytes: 64 * 1024 });
  });
  afterAll(() => server.close());
  const auth = { Authorization: 'Bearer correct horse battery staple' };

  it('binds to loopback and reports the real port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('refuses requests without the token, or with a wrong one, with 401', async () => {
    for (const headers of <Array<Record<string, string>>>[{}, { Authorization: 'Bearer correct horse' }, { Authorization: 'Basic correct horse battery staple' }, { Authorization: 'Bearer ' }]) {
      const answer = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', '') }, headers);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ code: 'unauthorized', error: expect.stringContaining('Authorization: Bearer <token>') });
    }
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
  });

  it('accepts the right token', async () => {
    const answer = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', '') }, auth);
    expect(answer.status).toBe(200);
    expect(answer.body.properties.user_emotion).toBe('joy');
    expect((await fetch(`${server.url}/metrics`, { headers: auth })).status).toBe(200);
  });

  it('keeps /healthz and /readyz open for probes', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
  });

  it('answers an oversized body with 413 naming the limit and the fix', async () => {
    const big = llmEvent('x'.repeat(100 * 1024), '');
    const answer = await postJson(`${server.url}/v1/process`, { event: big }, auth);
    expect(answer.status).toBe(413);
    expect(answer.body.code).toBe('body_too_large');
    expect(answer.body.error).toContain('over the limit of 65536 bytes');
    expect(answer.body.error).toContain('--max-body-bytes');
  });

  it('answers an oversized body sent without Content-Length (chunked) with 413 too', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${server.url}/v1/process`, { method: 'POST', headers: auth, body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toContain('over the limit of 65536 bytes');
  });

  it('answers malformed JSON with 400 and a message that quotes none of the body', async () => {
    const answer = await postJson(`${server.url}/v1/process`, '{"event": {"event": "llm-task", "properties": {"$llm_input": "my secret"}', auth);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('malformed_json');
    expect(answer.body.error).toContain('request body is not valid JSON');
    expect(answer.body.error).not.toContain('secret');
    const empty = await postJson(`${server.url}/v1/process`, '', auth);
    expect(empty.body.error).toContain('request body is empty');
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    const missing = await fetch(`${server.url}/v1/classify`, { method: 'POST', headers: auth });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain('POST /v1/process');
    const wrongMethod = await fetch(`${server.url}/v1/process`, { headers: auth });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('limits the events of one batch', async () => {
    const small = await startFixtureServer({ maxBatchEvents: 3 });
    try {
      const answer = await postJson(`${small.url}/v1/process-batch`, { events: [1, 2, 3, 4].map(() => llmEvent('happy', '')) });
      expect(answer.status).toBe(413);
      expect(answer.body.error).toContain('"events" holds 4 events, over the limit of 3');
    } finally {
      await small.close();
    }
  });
});
