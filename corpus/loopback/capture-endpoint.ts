import { gunzipSync } from 'node:zlib';
import { type LoopbackServer, listenOnLoopback, readBody } from './http-helpers';

/** One event of a batch as posthog-node posts it. */
export interface PostedEvent {
  event: string;
  distinct_id?: unknown;
  properties: Record<string, unknown>;
}

/** A posted event and the route it came by. */
export interface CapturedEvent extends PostedEvent {
  route: string;
}

export interface CaptureEndpoint extends LoopbackServer {
  readonly events: CapturedEvent[];
  /** Requests to routes this endpoint does not know: a new posthog-node route shows up here. */
  readonly unknownRoutes: string[];
}

/**
 * PostHog's capture API as posthog-node uses it: `/batch/` (gzipped unless `disableCompression`), and
 * `/i/v0/ai/batch/` for `$ai_*` events when `enableFullAiCapture` is on (see posthog-node's ai-capture/routing).
 */
const BATCH_ROUTES = new Set(['/batch/', '/i/v0/ai/batch/']);

export async function startCaptureEndpoint(): Promise<CaptureEndpoint> {
  const events: CapturedEvent[] = [];
  const unknownRoutes: string[] = [];
  const server = await listenOnLoopback(async (request, response) => {
    const route = (request.url ?? '').split('?')[0];
    const raw = await readBody(request);
    if (request.method !== 'POST' || !BATCH_ROUTES.has(route)) {
      unknownRoutes.push(`${request.method} ${route}`);
      response.writeHead(404).end();
      return;
    }
    const body = request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
    const payload = JSON.parse(body.toString('utf8')) as { batch?: PostedEvent[] };
    for (const event of payload.batch ?? []) events.push({ ...event, route });
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"Ok"}');
  });
  return { ...server, events, unknownRoutes };
}
