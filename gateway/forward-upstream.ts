import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { sendJson } from '../server';
import { clientResponseHeaders, upstreamRequestHeaders } from './proxy-headers';
import type { UpstreamTarget } from './upstream-target';

/** The body to send upstream: bytes in hand, or what was read already followed by the rest of the client's request. */
export type ForwardBody = { bytes: Buffer } | { prefix: Buffer[] };

/** How a forward ended: the upstream's status reached the client, or the reason it could not. */
export type ForwardOutcome = { status: number } | { failure: 'unreachable' | 'timeout' | 'broken' | 'client_gone'; detail: string };

export interface Upstream {
  target: UpstreamTarget;
  agent: http.Agent;
  timeoutMs: number;
}

/** One keep-alive agent per gateway: capture traffic is many small requests to one host. */
export function upstreamAgent(target: UpstreamTarget): http.Agent {
  const options = { keepAlive: true, scheduling: 'lifo' as const };
  return target.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
}

class UpstreamTimeout extends Error {}

const clientGone = (response: ServerResponse): boolean => response.destroyed || response.writableEnded || response.socket === null || response.socket.destroyed;

/**
 * Sends the request to the fixed upstream (same method, path and query; the path is appended to the upstream's, never
 * parsed as a URL, so no request can name another host) and streams the answer back with its status and headers.
 * When the upstream cannot be reached, times out or breaks before answering, the client gets 502 or 504: an error
 * status, so its SDK keeps the events and retries. Never a 2xx the upstream did not give.
 */
export function forwardToUpstream(request: IncomingMessage, response: ServerResponse, body: ForwardBody, upstream: Upstream): Promise<ForwardOutcome> {
  // A client that gave up will retry: sending its events anyway could store them twice.
  if (clientGone(response)) return Promise.resolve({ failure: 'client_gone', detail: 'the client closed the connection before the request was forwarded' });
  const { target } = upstream;
  return new Promise<ForwardOutcome>((resolve) => {
    let settled = false;
    let answerTimer: NodeJS.Timeout | undefined;
    const finish = (outcome: ForwardOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(answerTimer);
      resolve(outcome);
    };
    const transport = target.protocol === 'https:' ? https : http;
    let upstreamRequest: http.ClientRequest;
    try {
      upstreamRequest = transport.request({
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: request.method,
        path: `${target.basePath}${request.url ?? '/'}`,
        headers: upstreamRequestHeaders(request, target, 'bytes' in body ? body.bytes.length : undefined),
        agent: upstream.agent,
      });
    } catch (error) {
      request.resume();
      sendJson(response, 400, { error: `the request cannot be forwarded: ${(error as Error).message.split('\n')[0]}`, code: 'invalid_request' });
      return void finish({ status: 400 });
    }
    answerTimer = setTimeout(() => upstreamRequest.destroy(new UpstreamTimeout()), upstream.timeoutMs);
    upstreamRequest.setTimeout(upstream.timeoutMs, () => upstreamRequest.destroy(new UpstreamTimeout()));

    upstreamRequest.on('response', (upstreamResponse) => {
      clearTimeout(answerTimer);
      const status = upstreamResponse.statusCode ?? 502;
      response.writeHead(status, upstreamResponse.statusMessage, clientResponseHeaders(upstreamResponse));
      upstreamResponse.pipe(response);
      upstreamResponse.once('error', () => response.destroy());
      upstreamResponse.once('aborted', () => response.destroy());
      response.once('finish', () => finish({ status }));
      response.once('close', () => finish({ status }));
    });
    upstreamRequest.on('error', (error: NodeJS.ErrnoException) => {
      if (response.headersSent) {
        // The status is out already; cutting the body makes the client see the failure instead of a short answer.
        response.destroy();
        return finish({ failure: 'broken', detail: error.code ?? error.message });
      }
      request.unpipe(upstreamRequest);
      request.resume();
      if (clientGone(response)) return finish({ failure: 'client_gone', detail: 'the client closed the connection before the upstream answered' });
      const timedOut = error instanceof UpstreamTimeout;
      const failure = timedOut ? 'timeout' : 'unreachable';
      const detail = timedOut ? `no answer within ${upstream.timeoutMs} ms` : (error.code ?? error.message.split('\n')[0]);
      sendJson(response, timedOut ? 504 : 502, {
        error: `the upstream PostHog at ${target.origin} ${timedOut ? `did not answer within ${upstream.timeoutMs} ms` : `could not be reached (${detail})`}; retry later`,
        code: timedOut ? 'upstream_timeout' : 'upstream_unreachable',
      });
      finish({ failure, detail });
    });
    // The client leaving mid-way aborts the upstream request too, rather than delivering what the client will resend.
    response.once('close', () => {
      if (!response.writableFinished) upstreamRequest.destroy();
    });

    if ('bytes' in body) {
      upstreamRequest.end(body.bytes);
      return;
    }
    for (const chunk of body.prefix) upstreamRequest.write(chunk);
    request.pipe(upstreamRequest);
    request.resume();
  });
}
