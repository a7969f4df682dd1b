import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { type CaptureGateway, type CaptureGatewayOptions, startCaptureGateway } from '../../gateway';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';

/** One request as it reached the recording upstream: raw bytes, nothing parsed. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The status the upstream answered it with. */
  status: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}

export interface RecordingUpstream {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** What the upstream answers; capture's `{"status": "Ok"}` unless a test says otherwise. */
  answer: (request: Omit<RecordedRequest, 'status'>) => Reply;
  close(): Promise<void>;
}

const CAPTURE_OK: Reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"Ok"}' };

/** A stand-in for PostHog on loopback that records every request byte for byte and answers as told. */
export async function startRecordingUpstream(port = 0): Promise<RecordingUpstream> {
  const upstream: RecordingUpstream = { url: '', port: 0, requests: [], answer: () => CAPTURE_OK, close: async () => undefined };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) };
      const reply = upstream.answer(received);
      upstream.requests.push({ ...received, status: reply.status });
      response.writeHead(reply.status, reply.headers ?? {});
      response.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  upstream.port = (server.address() as AddressInfo).port;
  upstream.url = `http://127.0.0.1:${upstream.port}`;
  upstream.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return upstream;
}

export type TestGateway = CaptureGateway & { logs: string[] };

/** A real gateway on 127.0.0.1 with a free port, every classifier on the fixture models, its log lines kept. */
export async function startTestGateway(upstreamUrl: string, options: Partial<CaptureGatewayOptions> = {}): Promise<TestGateway> {
  const logs: string[] = [];
  const gateway = await startCaptureGateway({ port: 0, log: (line) => logs.push(line), ...options, upstream: upstreamUrl, settings: { ...FIXTURE_SETTINGS.suite, ...options.settings } });
  await gateway.ready;
  return Object.assign(gateway, { logs });
}

/**
 * One recording upstream and one gateway in front of it for a whole test file; before each test the upstream forgets
 * what it received and answers capture's `{"status": "Ok"}` again. The fields are set once `beforeAll` ran.
 */
export function useGatewayForFile(options: Partial<CaptureGatewayOptions> = {}): { upstream: RecordingUpstream; gateway: TestGateway } {
  const context = {} as { upstream: RecordingUpstream; gateway: TestGateway };
  beforeAll(async () => {
    context.upstream = await startRecordingUpstream();
    context.gateway = await startTestGateway(context.upstream.url, options);
  });
  afterAll(async () => {
    await context.gateway?.close();
    await context.upstream?.close();
  });
  beforeEach(() => {
    context.upstream.requests.length = 0;
    context.upstream.answer = () => CAPTURE_OK;
  });
  return context;
}

/** The JSON text of a capture body, decoded here independently of the gateway's own decoder: gzip, form `data=` (base64 or not), or plain. */
export function captureText(request: { headers: IncomingHttpHeaders; url: string; body: Buffer }): string {
  const compression = new URL(request.url, 'http://x').searchParams.get('compression');
  const gzipped = request.headers['content-encoding'] === 'gzip' || compression === 'gzip-js' || (request.body[0] === 0x1f && request.body[1] === 0x8b);
  if (gzipped) return gunzipSync(request.body).toString('utf8');
  const text = request.body.toString('utf8');
  if (!String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return text;
  const data = new URLSearchParams(text).get('data') ?? '';
  return compression === 'base64' ? Buffer.from(data.replace(/ /g, '+'), 'base64').toString('utf8') : data;
}

interface CapturedEvent {
  event: string;
  uuid?: string;
  properties: Record<string, unknown>;
  [key: string]: unknown;
}

/** The events of a capture body, whatever its shape (batch object, array, one event). */
export function captureEvents(request: { headers: IncomingHttpHeaders; url: string; body: Buffer }): CapturedEvent[] {
  const payload = JSON.parse(captureText(request)) as unknown;
  if (Array.isArray(payload)) return payload as CapturedEvent[];
  const batch = (payload as { batch?: unknown }).batch;
  return Array.isArray(batch) ? (batch as CapturedEvent[]) : [payload as CapturedEvent];
}

/** Every event the upstream accepted (answered 2xx), in arrival order. */
export function acceptedEvents(upstream: RecordingUpstream, pathPrefix = '/'): CapturedEvent[] {
  return upstream.requests.filter((request) => request.status < 300 && request.url.startsWith(pathPrefix) && request.body.length > 0).flatMap(captureEvents);
}

const PROPERTY_STEMS = CLASSIFIER_SPECS.flatMap((spec) => [spec.propertyStem, spec.listPropertyStem]).join('|');
const LABEL_MEMBER = new RegExp(`,?"(?:user|agent)_(?:${PROPERTY_STEMS}|language)[a-z_]*":(?:"[^"]*"|-?[0-9.eE+-]+|\\[[^\\]]*\\])`, 'g');

/** `text` with the label properties the gateway appended taken out again: what the SDK sent, when nothing else was touched. */
export function withoutLabels(text: string): string {
  return text.replace(LABEL_MEMBER, '').replace(/\{,/g, '{');
}

/** A mock OpenAI chat-completions server on loopback: answers every completion with `reply` as the assistant message. */
export async function startMockOpenAI(reply: string): Promise<{ url: string; requests: number; close(): Promise<void> }> {
  const state: { url: string; requests: number; close(): Promise<void> } = { url: '', requests: 0, close: async () => undefined };
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      state.requests++;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: `chatcmpl-${state.requests}`,
          object: 'chat.completion',
          created: 1767225600,
          model: 'gpt-4o-mini',
          choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** One request an SDK sent, as it left the SDK (before the gateway), and the status it got back. */
export interface SdkRequest {
  url: string;
  body: Buffer;
  status?: number;
  error?: string;
}

function bodyBytes(body: unknown): Buffer {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body);
  throw new Error(`unexpected SDK request body type ${Object.prototype.toString.call(body)}`);
}

/** A `fetch` for an SDK's `fetch` option: the real global fetch, with a note of what the SDK sent and what it got back. */
export function recordingFetch(): { sent: SdkRequest[]; fetch: (url: string, options: any) => Promise<any> } {
  const sent: SdkRequest[] = [];
  return {
    sent,
    fetch: async (url: string, options: { body?: unknown }) => {
      const entry: SdkRequest = { url, body: bodyBytes(options.body) };
      sent.push(entry);
      try {
        const response = await fetch(url, options as RequestInit);
        entry.status = response.status;
        return response;
      } catch (error) {
        entry.error = String(error);
        throw error;
      }
    },
  };
}
