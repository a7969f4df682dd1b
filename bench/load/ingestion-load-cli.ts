import { join } from 'node:path';
import { packageRoot } from '../../shared';
import { runIngestionLoad } from './ingestion-load';

/** `node --expose-gc dist/bench/load/ingestion-load-cli.js [--events N] [--concurrency C] [--cache-size S]`: prints one JSON report. */
function flag(argv: string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  return index >= 0 ? Number(argv[index + 1]) : fallback;
}

async function main(argv: string[]): Promise<void> {
  const report = await runIngestionLoad({
    events: flag(argv, '--events', 100_000),
    concurrency: flag(argv, '--concurrency', 64),
    cacheSize: flag(argv, '--cache-size', 5_000),
    fixtureDir: join(packageRoot(), '.fixtures', 'models'),
  });
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`ingestion load failed: ${error.message}\n`);
  process.exit(1);
});
