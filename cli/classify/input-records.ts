import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { UsageError } from '../cli-error';

/** One input record: a JSONL line as read, or one element of a JSON array input. */
export interface InputRecord {
  /** The text written out when the record passes through unchanged. */
  raw: string;
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

/**
 * Yields the records of JSON Lines (streamed, one line at a time, so files larger than memory work) or of one
 * JSON array (detected by `[` as the first non-blank character; read whole). Counts bytes for the progress bar.
 */
export async function* readInputRecords(source: InputSource, bytesRead: { value: number }): AsyncGenerator<InputRecord> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let format: 'unknown' | 'lines' | 'array' = 'unknown';
  let atStart = true;
  for await (const chunk of source.stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytesRead.value += buffer.length;
    pending += decoder.write(buffer);
    if (atStart && pending.length > 0) {
      // A UTF-8 byte order mark is not part of the first event.
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      atStart = false;
    }
    if (format === 'unknown') {
      const firstVisible = /\S/.exec(pending);
      if (firstVisible === null) continue;
      format = firstVisible[0] === '[' ? 'array' : 'lines';
    }
    if (format === 'array') continue;
    let lineStart = 0;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      yield { raw: pending.slice(lineStart, newline) };
      lineStart = newline + 1;
      newline = pending.indexOf('\n', lineStart);
    }
    pending = pending.slice(lineStart);
  }
  pending += decoder.end();
  if (format === 'array') {
    yield* arrayRecords(pending, source.name);
    return;
  }
  // Input that is only blank lines (or has no trailing newline) still gives one output line per input line.
  const lines = pending.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) yield { raw: line };
}

function* arrayRecords(text: string, sourceName: string): Generator<InputRecord> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input, which may be user text: say where to look instead.
    throw new UsageError(`${sourceName} starts with "[" so it was read as one JSON array, but it is not valid JSON; fix it, or give JSON Lines (one event per line)`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`${sourceName} starts with "[" but is not a JSON array`);
  for (const element of parsed) yield { raw: JSON.stringify(element), parsed: { value: element } };
}
