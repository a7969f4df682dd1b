import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';

// Past this many bytes an oversized upload is cut off instead of drained, so a client cannot keep a socket busy forever.
const DRAIN_LIMIT_FACTOR = 8;

function tooLarge(limitBytes: number, receivedBytes: number | string): HttpError {
  return new HttpError(413, 'body_too_large', `request body is ${receivedBytes} bytes, over the limit of ${limitBytes} bytes; send fewer events per request (split the batch) or start the server with a larger --max-body-bytes`);
}

/** Discards the rest of an oversized body so the client can read the 413 instead of seeing a reset connection. */
function drain(request: IncomingMessage, limitBytes: number): Promise<void> {
  return new Promise((resolve) => {
    let discarded = 0;
    request.removeAllListeners('data');
    request.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > limitBytes * DRAIN_LIMIT_FACTOR) {
        request.destroy();
        resolve();
      }
    });
    request.once('end', resolve);
    request.once('error', () => resolve());
    request.once('close', resolve);
    request.resume();
  });
}

/** Reads the body up to `limitBytes` and parses it as JSON; a 413 or 400 names the limit or the parse error. */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    await drain(request, limitBytes);
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
    await drain(request, limitBytes);
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
