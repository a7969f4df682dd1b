import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { UsageError } from '../cli-error';

/** Where enriched events go: stdout, or a file written aside and renamed at the end so it is never half there. */
export interface OutputSink {
  writeLine(line: string): Promise<void>;
  /** Finishes the output: flushes and, for a file, renames it into place. */
  close(): Promise<void>;
  /** Drops a partial file after a failure. */
  abandon(): void;
}

function sinkFor(stream: NodeJS.WritableStream, onClose: () => Promise<void>, onAbandon: () => void): OutputSink {
  return {
    async writeLine(line) {
      // Respecting backpressure keeps memory flat when the consumer (disk, pipe) is slower than the models.
      if (!stream.write(`${line}\n`)) await once(stream, 'drain');
    },
    close: onClose,
    abandon: onAbandon,
  };
}

export function openOutput(outPath: string | undefined, inputPath: string | undefined): OutputSink {
  if (outPath === undefined || outPath === '-') return sinkFor(process.stdout, async () => undefined, () => undefined);
  const target = resolve(outPath);
  if (inputPath !== undefined && inputPath !== '-' && resolve(inputPath) === target) throw new UsageError(`--out ${outPath} is the input file; write to another file`);
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
      if (!stream.write(`${line}\n`)) await once(stream, 'drain');
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
  };
}
