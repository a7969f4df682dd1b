import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Hashing both sides first gives equal-length buffers, so the comparison time says nothing about the token's length or prefix.
const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** True when the request carries `Authorization: Bearer <token>` with exactly this token. */
export function hasBearerToken(request: IncomingMessage, expectedToken: string): boolean {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return false;
  const match = /^Bearer[ \t]+(.+)$/i.exec(header.trim());
  const given = match ? match[1].trim() : '';
  return timingSafeEqual(digest(given), digest(expectedToken)) && given.length > 0;
}
