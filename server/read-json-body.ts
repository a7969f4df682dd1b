import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';

// How much of an oversized body is read and discarded after the 413 went out, so a client that streams on still reads it.
const DISCARD_LIMIT_FACTOR = 8;
// Past that bound the server stops reading: it half-closes, then gives the client this long before cutting the socket.
const LINGER_MS = 2000;

function tooLarge(limitBytes: number, receivedBytes: number | string): HttpError {
  return new HttpError(413, 'body_too_large', `request body is ${receivedBytes} bytes, over the limit of ${limitBytes} bytes; send fewer events per request (split the batch) or start the server with a larger --max-body-bytes`);
}

/**
 * Reads and drops the rest of an oversized body while the 413 is answered at once, as well-kept servers do: closing a
 * socket with unread data in it resets the connection, and the client never sees the reply. Up to a bound: then the
 * server half-closes (the reply is already out) and cuts the socket after a short linger.
 */
function discardRest(request: IncomingMessage, limitBytes: number): void {
  let discarded = 0;
  request.removeAllListeners('data');
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded <= limitBytes * DISCARD_LIMIT_FACTOR || request.socket.writableEnded) return;
    request.socket.end();
    setTimeout(() => request.socket.destroy(), LINGER_MS).unref();
  });
  request.on('error', () => undefined);
  request.resume();
}

/** Reads the body up to `limitBytes` and parses it as JSON; a 413 or 400 names the limit or the parse error. */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    discardRest(request, limitBytes);
    throw tooLarge(limitBytes, declared);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  const oversized = await new Promise<boolean>((resolve, reject) => {
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) {
        resolve(true);
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => resolve(false));
    request.once('error', reject);
  });
  if (oversized) {
    chunks.length = 0;
    discardRest(request, limitBytes);
    throw tooLarge(limitBytes, `more than ${limitBytes}`);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'empty_body', 'request body is empty; send a JSON object such as {"event": {"event": "llm-task", "properties": {...}}}');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // Only the position is echoed: V8's message quotes a piece of the body, which may be user text.
    const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    const where = position === undefined ? 'it ends early or holds an unexpected token' : `unexpected token at byte offset ${position}`;
    throw new HttpError(400, 'malformed_json', `request body is not valid JSON (${where}); send a JSON object such as {"event": {"event": "llm-task", "properties": {...}}} with Content-Type: application/json`);
  }
}
