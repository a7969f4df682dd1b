import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { UpstreamTarget } from './upstream-target';

// Headers that describe one connection, not the message (RFC 9110 section 7.6.1): a proxy never forwards them.
// `expect: 100-continue` was already answered to the client by Node's server.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect']);

function connectionScoped(connectionHeader: string | string[] | undefined): Set<string> {
  const listed = (Array.isArray(connectionHeader) ? connectionHeader.join(',') : (connectionHeader ?? '')).split(',');
  return new Set([...HOP_BY_HOP, ...listed.map((name) => name.trim().toLowerCase()).filter((name) => name !== '')]);
}

/**
 * The headers to send upstream: the client's, minus hop-by-hop ones, with Host set to the upstream's and the
 * client's address appended to X-Forwarded-For (PostHog geolocates events by it). `bodyLength` is given when the
 * body is sent from a buffer (it may have been re-encoded); otherwise the client's framing is kept.
 */
export function upstreamRequestHeaders(request: IncomingMessage, target: UpstreamTarget, bodyLength?: number): OutgoingHttpHeaders {
  const dropped = connectionScoped(request.headers.connection);
  const headers: OutgoingHttpHeaders = {};
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    const name = request.rawHeaders[index];
    const lower = name.toLowerCase();
    if (dropped.has(lower) || lower === 'host' || lower === 'x-forwarded-for') continue;
    const previous = headers[name];
    headers[name] = previous === undefined ? request.rawHeaders[index + 1] : [...(Array.isArray(previous) ? previous : [String(previous)]), request.rawHeaders[index + 1]];
  }
  headers.host = target.hostHeader;
  const forwardedFor = request.headers['x-forwarded-for'];
  const clientAddress = request.socket.remoteAddress;
  const chain = [forwardedFor, clientAddress].filter((part): part is string => typeof part === 'string' && part !== '');
  if (chain.length > 0) headers['x-forwarded-for'] = chain.join(', ');
  if (bodyLength !== undefined) {
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-length') delete headers[name];
    headers['content-length'] = bodyLength;
  } else if (request.headers['transfer-encoding'] !== undefined && request.headers['content-length'] === undefined) {
    // A chunked upload stays chunked: Node frames a body without a length that way.
    headers['transfer-encoding'] = 'chunked';
  }
  return headers;
}

/** The upstream's response headers as a flat name/value list (repeated ones such as Set-Cookie kept), minus hop-by-hop ones. */
export function clientResponseHeaders(upstreamResponse: IncomingMessage): string[] {
  const dropped = connectionScoped(upstreamResponse.headers.connection);
  const headers: string[] = [];
  for (let index = 0; index < upstreamResponse.rawHeaders.length; index += 2) {
    if (!dropped.has(upstreamResponse.rawHeaders[index].toLowerCase())) headers.push(upstreamResponse.rawHeaders[index], upstreamResponse.rawHeaders[index + 1]);
  }
  return headers;
}
