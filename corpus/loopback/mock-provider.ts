import { type LoopbackServer, listenOnLoopback, readBody } from './http-helpers';

/** One server-sent event; `data` is written as is when a string, else as JSON. */
export interface SseMessage {
  event?: string;
  data: unknown;
}

/** What the mock answers to the next request: a JSON body, or an event stream. */
export type ProviderReply = { json: unknown } | { sse: SseMessage[] };

export interface ProviderRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface MockProvider extends LoopbackServer {
  /** Queues replies; each request takes the next one, so a scenario states its provider's answers in call order. */
  reply(...replies: ProviderReply[]): void;
  readonly requests: ProviderRequest[];
  /** Replies queued but never asked for (a wrapper that made fewer calls than the scenario expects). */
  pendingReplies(): number;
}

function sseText(messages: SseMessage[]): string {
  return messages.map(({ event, data }) => `${event ? `event: ${event}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`).join('');
}

/** A provider API on 127.0.0.1 (OpenAI, Anthropic, Gemini: they differ only in the replies queued). */
export async function startMockProvider(): Promise<MockProvider> {
  const queue: ProviderReply[] = [];
  const requests: ProviderRequest[] = [];
  const server = await listenOnLoopback(async (request, response) => {
    const raw = (await readBody(request)).toString('utf8');
    requests.push({ method: request.method ?? '', path: request.url ?? '', body: raw === '' ? undefined : JSON.parse(raw) });
    const next = queue.shift();
    if (next === undefined) throw new Error(`mock provider: no reply queued for ${request.method} ${request.url}`);
    if ('json' in next) {
      response.writeHead(200, { 'Content-Type': 'application/json', 'x-request-id': `req_${requests.length}` }).end(JSON.stringify(next.json));
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'x-request-id': `req_${requests.length}` }).end(sseText(next.sse));
  });
  return { ...server, requests, reply: (...replies) => void queue.push(...replies), pendingReplies: () => queue.length };
}
