import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { IngestionLoadReport } from '../../bench/load/ingestion-load';

const EVENT_COUNT = 100_000;
const CONCURRENCY = 64;
const CACHE_SIZE = 5_000;
/** RSS may grow by at most this much over the run, after a warm-up (README "Guarantees"). */
const RSS_GROWTH_BOUND_MB = 150;

describe(`load: ${EVENT_COUNT} events through the suite, ${CONCURRENCY} in flight (a separate node process, built code)`, () => {
  it('returns every event labeled, with bounded memory, cache and queues', () => {
    const script = join(__dirname, '..', '..', 'dist', 'bench', 'load', 'ingestion-load-cli.js');
    const output = execFileSync(process.execPath, ['--expose-gc', script, '--events', String(EVENT_COUNT), '--concurrency', String(CONCURRENCY), '--cache-size', String(CACHE_SIZE)], { encoding: 'utf8', timeout: 900_000 });
    const report = JSON.parse(output.trim().split('\n').pop() ?? '') as IngestionLoadReport;
    process.stdout.write(`load report: ${JSON.stringify(report)}\n`);

    expect(report.returned).toBe(EVENT_COUNT);
    expect(report.labeled).toBe(EVENT_COUNT);
    expect(report.rssAfterMb - report.rssBeforeMb).toBeLessThan(RSS_GROWTH_BOUND_MB);
    expect(report.largestCache).toBeLessThanOrEqual(CACHE_SIZE);
    // Each in-flight event puts at most one text per side into a model's queue.
    expect(report.largestQueue).toBeLessThanOrEqual(CONCURRENCY * 2);
  }, 900_000);
});
