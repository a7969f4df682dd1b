import { isUtf8 } from 'node:buffer';
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError } from '../cli-error';

/** One input record: a JSONL line as read, or one element of a JSON array input. */
export interface InputRecord {
  /** The record's own bytes (a line without its newline): what is written out when it passes through unchanged. */
  raw: Buffer;
  /** The record as text; undefined when its bytes are not valid UTF-8 (then it cannot be JSON and passes through byte for byte). */
  text: string | undefined;
  /** Already parsed (JSON array elements); lines are parsed by the caller. */
  parsed?: { value: unknown };
}

export interface InputSource {
  /** `events.jsonl` or `stdin`: used in messages. */
  name: string;
  stream: Readable;
  /** Size of a regular file, for the progress bar's percentage and ETA. */
  totalBytes?: number;
}

/** Opens FILE, or stdin for `-`; a missing or unreadable file is a usage error naming the path. */
export function openInput(path: string | undefined): InputSource {
  if (path === undefined || path === '-') {
    if (process.stdin.isTTY) throw new UsageError('no input: give an events file (JSON Lines or a JSON array), or pipe events into stdin with `-`; see `llm-classify classify --help`');
    return { name: 'stdin', stream: process.stdin };
  }
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new UsageError(`input ${path} is not a file; give a JSON Lines file or a JSON array file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`input file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
  return { name: path, stream: createReadStream(path), totalBytes: size };
}

const NEWLINE = 0x0a;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const isBlankByte = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

function lineRecord(bytes: Buffer): InputRecord {
  return { raw: bytes, text: isUtf8(bytes) ? bytes.toString('utf8') : undefined };
}

/**
 * Yields the records of JSON Lines (streamed, one line at a time, so files larger than memory work) or of one
 * JSON array (detected by `[` as the first non-blank character; read whole). Lines are split on bytes, so a line
 * that is not valid UTF-8 keeps its bytes exactly. Counts bytes for the progress bar.
 */
export async function* readInputRecords(source: InputSource, bytesRead: { value: number }): AsyncGenerator<InputRecord> {
  let pending: Buffer[] = [];
  let format: 'unknown' | 'lines' | 'array' = 'unknown';
  let atStart = true;
  for await (const chunk of source.stream as AsyncIterable<Buffer | string>) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytesRead.value += buffer.length;
    if (atStart) {
      // A UTF-8 byte order mark is not part of the first event (it may arrive split over chunks).
      buffer = Buffer.concat([...pending, buffer]);
      pending = [];
      if (buffer.length < UTF8_BOM.length && UTF8_BOM.subarray(0, buffer.length).equals(buffer)) {
        pending.push(buffer);
        continue;
      }
      if (buffer.subarray(0, UTF8_BOM.length).equals(UTF8_BOM)) buffer = buffer.subarray(UTF8_BOM.length);
      atStart = false;
    }
    if (format === 'unknown') {
      const firstVisible = buffer.findIndex((byte) => !isBlankByte(byte));
      if (firstVisible === -1) {
        pending.push(buffer);
        continue;
      }
      format = buffer[firstVisible] === 0x5b ? 'array' : 'lines';
      buffer = Buffer.concat([...pending, buffer]);
      pending = [];
    }
    if (format === 'array') {
      pending.push(buffer);
      continue;
    }
    let lineStart = 0;
    let newline = buffer.indexOf(NEWLINE);
    while (newline >= 0) {
      yield lineRecord(Buffer.concat([...pending, buffer.subarray(lineStart, newline)]));
      pending = [];
      lineStart = newline + 1;
      newline = buffer.indexOf(NEWLINE, lineStart);
    }
    if (lineStart < buffer.length) pending.push(buffer.subarray(lineStart));
  }
  const rest = Buffer.concat(pending);
  if (format === 'array') {
    yield* arrayRecords(rest, source.name);
    return;
  }
  // Input that is only blank lines (or has no trailing newline) still gives one output line per input line.
  let lineStart = 0;
  for (let newline = rest.indexOf(NEWLINE); newline >= 0; newline = rest.indexOf(NEWLINE, lineStart)) {
    yield lineRecord(rest.subarray(lineStart, newline));
    lineStart = newline + 1;
  }
  if (lineStart < rest.length) yield lineRecord(rest.subarray(lineStart));
}

function* arrayRecords(bytes: Buffer, sourceName: string): Generator<InputRecord> {
  if (!isUtf8(bytes)) throw new UsageError(`${sourceName} starts with "[" so it was read as one JSON array, but it is not valid UTF-8 text; fix its encoding, or give JSON Lines (one event per line: lines that are not UTF-8 pass through as they are)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    // JSON.parse's message quotes the input, which may be user text: say where to look instead.
    throw new UsageError(`${sourceName} starts with "[" so it was read as one JSON array, but it is not valid JSON; fix it, or give JSON Lines (one event per line)`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`${sourceName} starts with "[" but is not a JSON array`);
  for (const element of parsed) {
    const text = JSON.stringify(element);
    yield { raw: Buffer.from(text, 'utf8'), text, parsed: { value: element } };
  }
}
