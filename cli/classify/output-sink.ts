import { createWriteStream, readdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../cli-error';

/** Where enriched events go: stdout, or a file written aside and renamed at the end so it is never half there. */
export interface OutputSink {
  /** Writes one line and its newline; a Buffer is written byte for byte. */
  writeLine(line: string | Buffer): Promise<void>;
  /** Finishes the output: flushes and, for a file, renames it into place. */
  close(): Promise<void>;
  /** Drops a partial file after a failure. */
  abandon(): void;
  /** Partial files of earlier runs that were killed before they could remove them (`--out` only), removed at open. */
  removedStalePartials: number;
}

const NEWLINE = Buffer.from('\n');
const withNewline = (line: string | Buffer): string | Buffer => (typeof line === 'string' ? `${line}\n` : Buffer.concat([line, NEWLINE]));

function sinkFor(stream: NodeJS.WritableStream, onClose: () => Promise<void>, onAbandon: () => void): OutputSink {
  return {
    async writeLine(line) {
      // Respecting backpressure keeps memory flat when the consumer (disk, pipe) is slower than the models.
      if (!stream.write(withNewline(line))) await once(stream, 'drain');
    },
    close: onClose,
    abandon: onAbandon,
    removedStalePartials: 0,
  };
}

/** Whether a process with this id runs on this machine (EPERM: it does, under another user). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `<target>.partial-<pid>` files whose process is gone: a run killed with SIGKILL (or a power cut) cannot
 * remove its own, and each one can be as large as the output. A live run's file (its process exists) is kept.
 */
function removeStalePartials(target: string): number {
  const prefix = `${basename(target)}.partial-`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || processExists(Number(pid))) continue;
    try {
      rmSync(join(dirname(target), name), { force: true });
      removed++;
    } catch {
      // Not ours to remove (permissions): leave it.
    }
  }
  return removed;
}

export function openOutput(outPath: string | undefined, inputPath: string | undefined): OutputSink {
  if (outPath === undefined || outPath === '-') return sinkFor(process.stdout, async () => undefined, () => undefined);
  const target = resolve(outPath);
  if (inputPath !== undefined && inputPath !== '-' && resolve(inputPath) === target) throw new UsageError(`--out ${outPath} is the input file; write to another file`);
  const removedStalePartials = removeStalePartials(target);
  const partial = `${target}.partial-${process.pid}`;
  let stream: WriteStream;
  try {
    stream = createWriteStream(partial);
  } catch (error) {
    throw new UsageError(`--out ${outPath} cannot be written (${(error as Error).message}); check the folder exists`);
  }
  const opened = new Promise<void>((resolveOpen, reject) => {
    stream.once('open', () => resolveOpen());
    stream.once('error', (error: NodeJS.ErrnoException) => reject(new UsageError(`--out ${outPath} cannot be written (${error.code ?? error.message}); check the folder exists and is writable`)));
  });
  let ready: Promise<void> | undefined = opened;
  return {
    async writeLine(line) {
      if (ready) {
        await ready;
        ready = undefined;
      }
      if (!stream.write(withNewline(line))) await once(stream, 'drain');
    },
    async close() {
      if (ready) await ready;
      stream.end();
      await once(stream, 'finish');
      renameSync(partial, target);
    },
    abandon() {
      stream.destroy();
      rmSync(partial, { force: true });
    },
    removedStalePartials,
  };
}
