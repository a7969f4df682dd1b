import type { IncomingMessage } from 'node:http';
import type { LabelingTicket } from './labeling-capacity';

/**
 * A capture body read whole, or the part read before it went over a limit: then the request is left paused with the
 * rest unread, so the caller can stream `prefix` and the rest upstream unchanged (memory stays bounded either way).
 */
export type CollectedBody = { complete: true; body: Buffer } | { complete: false; reason: 'too_large' | 'busy'; prefix: Buffer[] };

/** Reads the request body up to `maxBytes`, counting it against `ticket`; rejects when the client goes away mid-body. */
export function collectBody(request: IncomingMessage, maxBytes: number, ticket: LabelingTicket): Promise<CollectedBody> {
  const declared = Number(request.headers['content-length']);
  const known = request.headers['content-length'] !== undefined && Number.isSafeInteger(declared) && declared >= 0;
  if (known && declared > maxBytes) return Promise.resolve({ complete: false, reason: 'too_large', prefix: [] });
  if (known && !ticket.reserve(declared)) return Promise.resolve({ complete: false, reason: 'busy', prefix: [] });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = (): void => {
      request.pause();
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      chunks.push(chunk);
      const overflow = received > maxBytes ? 'too_large' : !known && !ticket.reserve(chunk.length) ? 'busy' : undefined;
      if (overflow === undefined) return;
      stop();
      resolve({ complete: false, reason: overflow, prefix: chunks });
    };
    const onEnd = (): void => {
      stop();
      resolve({ complete: true, body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) });
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    const onAborted = (): void => onError(new Error('the client closed the connection before sending the whole body'));
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onError);
    request.once('aborted', onAborted);
  });
}
