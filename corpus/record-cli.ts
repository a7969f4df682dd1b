import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../shared';
import { RECORDED_PRODUCERS } from './recorded-producers';
import { recordProducer } from './record-producer';

/** `npm run corpus:record [-- --out DIR]`: re-records every wrapper's events into test/corpus/recorded/. */
async function main(argv: string[]): Promise<void> {
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 && argv[outIndex + 1] ? resolve(argv[outIndex + 1]) : join(packageRoot(), 'test', 'corpus', 'recorded');
  mkdirSync(outDir, { recursive: true });
  for (const producer of RECORDED_PRODUCERS) {
    const recorded = await recordProducer(producer);
    const path = join(outDir, `${producer.producer}.json`);
    writeFileSync(path, `${JSON.stringify(recorded, null, 2)}\n`);
    process.stdout.write(`${recorded.events.length} events\t${path}\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
