import { llmEvent } from '../helpers/events';
import { startFixtureServer } from './server-helpers';

/** A POST whose body arrives in two parts: the second only once `gate` opens, so the request is in flight until then. */
function slowPost(url: string, body: string, gate: Promise<void>): Promise<{ status: number; body: any }> {
  const bytes = new TextEncoder().encode(body);
  const half = Math.floor(bytes.length / 2);
  let step = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (step === 0) controller.enqueue(bytes.slice(0, half));
      else if (step === 1) {
        await gate;
        controller.enqueue(bytes.slice(half));
      } else controller.close();
      step++;
    },
  });
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit).then(async (response) => ({ status: response.status, body: await response.json() }));
}

describe('llm-classify serve: graceful shutdown', () => {
  it('finishes in-flight requests, refuses new connections, then tears down', async () => {
    const server = await startFixtureServer();
    let openGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    const inFlight = Array.from({ length: 6 }, (_, index) => slowPost(`${server.url}/v1/process`, JSON.stringify({ event: llmEvent(`happy request ${index}`, 'sorry') }), gate));
    while (server.inFlightRequests() < 6) await new Promise((resolve) => setTimeout(resolve, 5));

    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    expect(server.isReady()).toBe(false);
    // The listener is closed at once: a new connection is refused while the six are still being read.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect(closed).toBe(false);

    openGate();
    const answers = await Promise.all(inFlight);
    await closing;
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.properties).toMatchObject({ user_emotion: 'joy', agent_flow: 'agent_apology_error_mistake' });
    }
    expect(server.inFlightRequests()).toBe(0);
    expect(server.logs).toEqual([]);
  });

  it('close() is idempotent', async () => {
    const server = await startFixtureServer();
    await Promise.all([server.close(), server.close()]);
    await server.close();
  });
});
