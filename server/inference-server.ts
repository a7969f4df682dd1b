import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import * as suite from '../index';
import { labelingStats, quoted } from '../shared';
import { type ApiContext, type LabelReply, effectiveSettings, handleProcess, handleProcessBatch } from './api-handlers';
import { hasBearerToken } from './bearer-token';
import { HttpError, sendError, sendJson } from './http-error';
import { boundUrl, drainServer, listen } from './listen';
import type { ModelStatsRow } from './model-counters';
import { PROMETHEUS_CONTENT_TYPE } from './prometheus-text';
import { readJsonBody } from './read-json-body';
import { RuntimePool, type RuntimeLease } from './runtime-pool';
import { type InferenceServerOptions, resolveServerOptions } from './server-options';
import { ENDPOINTS, type Endpoint, ServerMetrics } from './server-metrics';

export interface InferenceServer {
  /** `http://host:port` as bound (the real port when 0 was asked). */
  url: string;
  host: string;
  port: number;
  /** Resolves once the models named by the server's settings are loaded; rejects with the setup error. */
  ready: Promise<void>;
  isReady(): boolean;
  /** Requests received and not yet answered. */
  inFlightRequests(): number;
  /** Stops accepting, finishes in-flight requests, then tears the plugin instances down. Safe to call twice. */
  close(): Promise<void>;
}

const PROTECTED: ReadonlySet<Endpoint> = new Set(['/v1/process', '/v1/process-batch', '/metrics']);
const METHOD_OF: Record<Endpoint, string> = { '/v1/process': 'POST', '/v1/process-batch': 'POST', '/healthz': 'GET', '/readyz': 'GET', '/metrics': 'GET', other: '' };

function endpointOf(request: IncomingMessage): Endpoint {
  const path = (request.url ?? '/').split('?')[0];
  return (ENDPOINTS as readonly string[]).includes(path) && path !== 'other' ? (path as Endpoint) : 'other';
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** Starts the HTTP inference server: the suite plugin's processEvent behind a small JSON API. */
export async function startInferenceServer(options: InferenceServerOptions = {}): Promise<InferenceServer> {
  const config = resolveServerOptions(options);
  const pool = new RuntimePool(suite, config.maxRuntimes);
  const metrics = new ServerMetrics();
  const context: ApiContext = { pool, serverSettings: config.settings, requestTimeoutMs: config.requestTimeoutMs, maxBatchEvents: config.maxBatchEvents };
  let modelsLoaded = false;
  let setupFailure: string | undefined;
  let draining = false;
  let inFlight = 0;

  const modelRows = (): ModelStatsRow[] => pool.liveMetas().flatMap((meta) => labelingStats(meta));

  const withinBudget = <T>(work: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    // The labels themselves time out inside the plugin at requestTimeoutMs; this guard also covers waiting for models to load.
    const budgetMs = config.requestTimeoutMs + 1000;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HttpError(503, 'timeout', `request not answered within the server's time budget (${budgetMs} ms): models may still be loading (see /readyz) or the server is overloaded; retry, or start it with a larger --timeout-ms`)), budgetMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  };

  async function route(endpoint: Endpoint, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (endpoint === 'other') throw new HttpError(404, 'not_found', `no endpoint ${request.method} ${quoted((request.url ?? '').split('?')[0])}; the endpoints are POST /v1/process, POST /v1/process-batch, GET /healthz, GET /readyz, GET /metrics`);
    if (request.method !== METHOD_OF[endpoint]) {
      response.setHeader('Allow', METHOD_OF[endpoint]);
      throw new HttpError(405, 'method_not_allowed', `${endpoint} takes ${METHOD_OF[endpoint]}, not ${request.method}`);
    }
    if (PROTECTED.has(endpoint) && config.token !== undefined && !hasBearerToken(request, config.token)) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="llm-classify"');
      throw new HttpError(401, 'unauthorized', 'missing or wrong bearer token: send the header "Authorization: Bearer <token>" with the token the server was started with (LLM_CLASSIFY_TOKEN or --token)');
    }
    if (endpoint === '/healthz') return sendJson(response, 200, { status: 'ok' }, draining);
    if (endpoint === '/readyz') {
      if (draining) return sendJson(response, 503, { ready: false, reason: 'shutting down' }, true);
      if (setupFailure !== undefined) return sendJson(response, 503, { ready: false, reason: `model setup failed: ${setupFailure}` });
      return sendJson(response, modelsLoaded ? 200 : 503, modelsLoaded ? { ready: true } : { ready: false, reason: 'models loading' });
    }
    if (endpoint === '/metrics') {
      const text = metrics.render(modelRows(), { runtimes: pool.size, inFlight: inFlight - 1, ready: modelsLoaded && !draining });
      response.statusCode = 200;
      response.setHeader('Content-Type', PROMETHEUS_CONTENT_TYPE);
      return void response.end(text);
    }
    if (draining) throw new HttpError(503, 'shutting_down', 'the server is shutting down and takes no new work; retry against another instance');
    const body = await readJsonBody(request, config.maxBodyBytes);
    const handler = endpoint === '/v1/process' ? handleProcess : handleProcessBatch;
    const reply: LabelReply = await withinBudget(handler(context, body));
    metrics.recordEvents(reply.outcomes);
    sendJson(response, 200, reply.body, draining);
  }

  const server = createServer((request, response) => {
    const started = process.hrtime.bigint();
    const endpoint = endpointOf(request);
    inFlight++;
    response.once('close', () => inFlight--);
    response.once('finish', () => metrics.recordRequest(endpoint, response.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
    route(endpoint, request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.destroy();
      // Whatever was not read of the body is discarded so the client gets the reply rather than a reset.
      request.resume();
      if (error instanceof HttpError) return sendError(response, error, draining);
      config.log(`${endpoint} failed: ${firstLine(error)}`);
      sendError(response, new HttpError(500, 'internal_error', 'the server failed on this request (its log says why); events were not labeled'), draining);
    });
  });
  // Slow or idle clients must not hold sockets (and so shutdown) forever.
  server.requestTimeout = config.requestTimeoutMs + 30_000;
  server.headersTimeout = 30_000;

  const address = await listen(server, config.host, config.port);
  const url = boundUrl(address);

  // The server's own settings form the pinned instance: its models stay loaded for the server's whole life.
  let pinnedLease: RuntimeLease | undefined;
  const ready = pool.acquire(effectiveSettings(config.settings, {}, config.requestTimeoutMs), true).then(
    (lease) => {
      pinnedLease = lease;
      modelsLoaded = true;
    },
    (error: unknown) => {
      setupFailure = firstLine(error);
      throw error;
    },
  );
  ready.catch(() => undefined);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      draining = true;
      await drainServer(server, config.drainTimeoutMs, config.log);
      await ready.catch(() => undefined);
      pinnedLease?.release();
      await pool.closeAll();
    })();
    return closing;
  };

  return { url, host: address.address, port: address.port, ready, isReady: () => modelsLoaded && !draining, inFlightRequests: () => inFlight, close };
}
