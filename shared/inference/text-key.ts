import { createHash } from 'node:crypto';

/** Cache key of a text: a digest, so caches hold no user text and long texts cost a fixed key size. */
export function textKey(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
