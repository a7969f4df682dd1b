import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

/** A capture body's JSON text, and how to put edited JSON back into a body encoded the way the client sent it. */
export interface DecodedCapture {
  json: string;
  /** Bytes of the decoded JSON, for the memory budget. */
  decodedBytes: number;
  encoding: 'json' | 'gzip' | 'form' | 'form-base64';
  encode(json: string): Promise<Buffer>;
}

export type DecodeResult = { ok: true; decoded: DecodedCapture } | { ok: false; reason: 'undecodable' | 'too_large' };

/** What the decoder reads of a request besides its body. */
export interface CaptureRequestInfo {
  contentType: string | undefined;
  contentEncoding: string | undefined;
  /** `compression` from the query string: posthog-js sends `gzip-js` or `base64`. */
  compression: string | null;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const UNDECODABLE: DecodeResult = { ok: false, reason: 'undecodable' };
// fatal: invalid UTF-8 is left for the upstream to judge; ignoreBOM: a BOM stays in the text, so JSON.parse refuses it as capture does.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function hint(compression: string | null): 'gzip' | 'base64' | 'unsupported' | undefined {
  const value = compression?.trim().toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (value === 'gzip' || value === 'gzip-js') return 'gzip';
  if (value === 'base64' || value === 'b64') return 'base64';
  // lz64 / lz-string (old posthog-js) and anything new: forwarded as they came.
  return 'unsupported';
}

function textOf(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

interface FormField {
  raw: string;
  name: string;
  value: string;
}

function parseForm(text: string): FormField[] | undefined {
  try {
    return text.split('&').map((raw) => {
      const equals = raw.indexOf('=');
      const decode = (part: string): string => decodeURIComponent(part.replace(/\+/g, ' '));
      return equals < 0 ? { raw, name: decode(raw), value: '' } : { raw, name: decode(raw.slice(0, equals)), value: decode(raw.slice(equals + 1)) };
    });
  } catch {
    return undefined;
  }
}

/** The form's `data` field: JSON, or base64 of it (posthog-js `compression=base64`); other fields are kept byte for byte. */
function decodeForm(text: string, queryHint: ReturnType<typeof hint>): DecodeResult {
  const fields = parseForm(text);
  const dataFields = fields?.filter((field) => field.name === 'data') ?? [];
  if (fields === undefined || dataFields.length !== 1) return UNDECODABLE;
  const formHint = hint(fields.find((field) => field.name === 'compression')?.value ?? null);
  const effective = formHint ?? queryHint;
  if (effective === 'gzip' || effective === 'unsupported') return UNDECODABLE;
  const value = dataFields[0].value;
  const looksJson = /^\s*[[{]/.test(value);
  let json = value;
  let base64 = false;
  if (effective === 'base64' || !looksJson) {
    // Form decoding turned a raw '+' of base64 into a space; capture puts them back the same way.
    const compact = value.replace(/ /g, '+').replace(/[\r\n]/g, '');
    if (!BASE64.test(compact)) return UNDECODABLE;
    const decoded = textOf(Buffer.from(compact, 'base64'));
    if (decoded === undefined) return UNDECODABLE;
    json = decoded;
    base64 = true;
  }
  const encode = async (edited: string): Promise<Buffer> => {
    const encodedValue = encodeURIComponent(base64 ? Buffer.from(edited, 'utf8').toString('base64') : edited);
    return Buffer.from(fields.map((field) => (field.name === 'data' ? `${field.raw.slice(0, field.raw.indexOf('=') + 1)}${encodedValue}` : field.raw)).join('&'), 'utf8');
  };
  return { ok: true, decoded: { json, decodedBytes: Buffer.byteLength(json), encoding: base64 ? 'form-base64' : 'form', encode } };
}

/**
 * Decodes a capture body the ways PostHog's SDKs send one: JSON; gzip (`Content-Encoding: gzip`, posthog-js
 * `?compression=gzip-js`, or gzip's magic bytes, as capture checks); a form whose `data` field holds JSON or base64
 * JSON. Anything else (lz64, brotli, a body that is not UTF-8) is reported undecodable and forwarded untouched.
 */
export async function decodeCaptureBody(body: Buffer, request: CaptureRequestInfo, maxDecodedBytes: number): Promise<DecodeResult> {
  const contentEncoding = request.contentEncoding?.trim().toLowerCase() ?? '';
  if (contentEncoding !== '' && contentEncoding !== 'identity' && contentEncoding !== 'gzip') return UNDECODABLE;
  const queryHint = hint(request.compression);
  const gzipped = contentEncoding === 'gzip' || queryHint === 'gzip' || (body[0] === GZIP_MAGIC[0] && body[1] === GZIP_MAGIC[1]);
  if (gzipped) {
    let plain: Buffer;
    try {
      plain = await gunzipAsync(body, { maxOutputLength: maxDecodedBytes });
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError ? { ok: false, reason: 'too_large' } : UNDECODABLE;
    }
    const json = textOf(plain);
    if (json === undefined) return UNDECODABLE;
    return { ok: true, decoded: { json, decodedBytes: plain.length, encoding: 'gzip', encode: (edited) => gzipAsync(Buffer.from(edited, 'utf8')) } };
  }
  if (queryHint === 'unsupported') return UNDECODABLE;
  const text = textOf(body);
  if (text === undefined) return UNDECODABLE;
  if ((request.contentType ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) return decodeForm(text, queryHint);
  if (queryHint === 'base64') return UNDECODABLE;
  return { ok: true, decoded: { json: text, decodedBytes: body.length, encoding: 'json', encode: async (edited) => Buffer.from(edited, 'utf8') } };
}
