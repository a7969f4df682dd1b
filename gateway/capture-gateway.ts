import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { CircuitBreaker } from '../sandbox/circuit-breaker';
import { PROMETHEUS_CONTENT_TYPE, boundUrl, drainServer, listen, sendJson } from '../server';
import { CAPTURE_ROUTES, OWN_ENDPOINTS, captureRouteOf } from './capture-routes';
import { captureHandler } from './capture-handler';
import { type ForwardBody, type Upstream, forwardToUpstream, upstreamAgent } from './forward-upstream';
import { type CaptureGatewayOptions, resolveGatewayOptions } from './gateway-options';
import { GatewayMetrics } from './gateway-metrics';
import { LabelingCapacity } from './labeling-capacity';
import { SuiteLabeler } from './suite-labeler';
import { SummaryLog } from './summary-log';
import { parseUpstreamTarget } from './upstream-target';

export interface CaptureGateway {
  /** `http://host:port` as bound (the real port when 0 was asked). */
  url: string;
  host: string;
  port: number;
  /** The upstream every request goes to, as `https://host[:port]`. */
  upstream: string;
  /** Resolves once the models are loaded; rejects with the setup error (requests are still forwarded, unlabeled). */
  ready: Promise<void>;
  isReady(): boolean;
  /** Stops accepting, lets in-flight requests finish (up to the drain timeout), then unloads the models. Safe to call twice. */
  close(): Promise<void>;
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** The route label of a request: a capture route, one of the gateway's own endpoints, or `other`. */
function routeLabel(pathname: string): string {
  const capture = captureRouteOf(pathname);
  if (capture !== undefined) return capture;
  return OWN_ENDPOINTS.includes(pathname) ? pathname : 'other';
}

/**
 * Starts the capture gateway: a reverse proxy in front of one PostHog that labels the LLM events of capture requests
 * with the suite's processEvent on their way through and forwards everything else byte for byte.
 */
export async function startCaptureGateway(options: CaptureGatewayOptions): Promise<CaptureGateway> {
  const target = parseUpstreamTarget(options.upstream);
  const config = resolveGatewayOptions(options);
  const upstream: Upstream = { target, agent: upstreamAgent(target), timeoutMs: config.upstreamTimeoutMs };
  const labeler = new SuiteLabeler(config.settings, config.labelTimeoutMs);
  const breaker = new CircuitBreaker({ failureThreshold: config.breakerFailures, coolDownMs: config.breakerCoolDownMs, dependency: 'the classifier side', log: config.log });
  const capacity = new LabelingCapacity(config.maxLabelingRequests, config.maxLabelingBytes);
  const metrics = new GatewayMetrics();
  const upstreamLog = new SummaryLog(config.log);
  let draining = false;
  let inFlight = 0;

  const forward = async (request: IncomingMessage, response: ServerResponse, route: string, body: ForwardBody): Promise<void> => {
    const outcome = await forwardToUpstream(request, response, body, upstream);
    if (!('failure' in outcome) || outcome.failure === 'client_gone') return;
    metrics.recordUpstreamFailure(outcome.failure);
    // The route and an error code only: paths and queries can hold a project API key (`?token=`).
    upstreamLog.write(outcome.failure, `upstream ${outcome.failure} on ${route}: ${outcome.detail}; the client got an error status and keeps its events`);
  };

  const handleCapture = captureHandler({ labeler, breaker, capacity, metrics, maxBodyBytes: config.maxBodyBytes, labelTimeoutMs: config.labelTimeoutMs, forward });

  function ownEndpoint(pathname: string, response: ServerResponse): void {
    if (pathname === '/healthz') return sendJson(response, 200, { status: 'ok' }, draining);
    if (pathname === '/readyz') {
      if (draining) return sendJson(response, 503, { ready: false, reason: 'shutting down' }, true);
      return sendJson(response, labeler.isReady() ? 200 : 503, labeler.isReady() ? { ready: true } : { ready: false, reason: setupFailure === undefined ? 'models loading' : `model setup failed: ${setupFailure}` });
    }
    const text = metrics.render(labeler, { ready: labeler.isReady() && !draining, inFlight: inFlight - 1, labelingInFlight: capacity.inFlight, labelingBytes: capacity.heldBytes, circuitOpen: breaker.isOpen });
    response.statusCode = 200;
    response.setHeader('Content-Type', PROMETHEUS_CONTENT_TYPE);
    response.end(text);
  }

  async function route(request: IncomingMessage, response: ServerResponse, label: string): Promise<void> {
    const url = request.url ?? '';
    // Only origin-form targets (`/path?query`): an absolute URL or `*` could otherwise name another host.
    if (!url.startsWith('/')) {
      request.resume();
      return sendJson(response, 400, { error: 'the request target must be a path such as /batch/; this gateway forwards only to its one configured upstream', code: 'invalid_target' });
    }
    const queryAt = url.indexOf('?');
    const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
    if ((request.method === 'GET' || request.method === 'HEAD') && OWN_ENDPOINTS.includes(pathname)) return ownEndpoint(pathname, response);
    if (request.method === 'POST' && CAPTURE_ROUTES.includes(label)) return handleCapture(request, response, label, new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1)));
    return forward(request, response, label, { prefix: [] });
  }

  const server = createServer((request, response) => {
    const started = process.hrtime.bigint();
    const label = routeLabel((request.url ?? '').split('?')[0]);
    inFlight++;
    response.once('close', () => inFlight--);
    response.once('finish', () => metrics.recordRequest(label, response.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
    route(request, response, label).catch((error: unknown) => {
      config.log(`${label} failed: ${firstLine(error)}`);
      if (response.headersSent) return void response.destroy();
      request.resume();
      sendJson(response, 502, { error: 'the gateway failed on this request before the upstream answered; nothing was acknowledged, retry', code: 'gateway_error' });
    });
  });
  // A forward proxy's tunnel would let a client reach any host; this gateway has one upstream.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'));
  // Slow or idle clients must not hold sockets (and so shutdown) forever.
  server.requestTimeout = config.labelTimeoutMs + config.upstreamTimeoutMs + 60_000;
  server.headersTimeout = 30_000;

  let setupFailure: string | undefined;
  const ready = labeler.ready.catch((error: unknown) => {
    setupFailure = firstLine(error);
    throw error;
  });
  ready.catch(() => undefined);

  const address = await listen(server, config.host, config.port).catch(async (error: unknown) => {
    await labeler.close();
    throw error;
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      draining = true;
      await drainServer(server, config.drainTimeoutMs, config.log);
      upstream.agent.destroy();
      await labeler.close();
    })();
    return closing;
  };

  return { url: boundUrl(address), host: address.address, port: address.port, upstream: target.origin, ready, isReady: () => labeler.isReady() && !draining, close };
}
