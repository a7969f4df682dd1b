import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../shared';
import { percentile } from '../suite-throughput';
import { type Workload, benchWorkloads } from './bench-payloads';
import { type LoadResult, runLoad } from './load-client';

// `npm run bench:proxy`: the capture gateway's own cost. The upstream stub and `llm-classify proxy` (default models)
// run in their own processes; this process is the 64 clients. Each workload goes to the upstream alone and through
// the proxy in alternating chunks, so machine noise hits both alike; compare the ratios.

const USAGE = `usage: npm run bench:proxy -- [--requests N] [--concurrency N] [--events-per-batch N] [--upstream-delay-ms N] [--json FILE] [--quick]
  --requests N          requests per workload and target (default 3000; --quick 600)
  --concurrency N       concurrent clients (default 64)
  --events-per-batch N  events per /batch/ request (default 10)
  --upstream-delay-ms N the upstream stub answers after N ms (default 0: the cheapest upstream, the harshest ratio)`;

interface Args {
  requests: number;
  concurrency: number;
  eventsPerBatch: number;
  upstreamDelayMs: number;
  json?: string;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const args: Args = {
    requests: Number(value('--requests') ?? (quick ? 600 : 3000)),
    concurrency: Number(value('--concurrency') ?? 64),
    eventsPerBatch: Number(value('--events-per-batch') ?? 10),
    upstreamDelayMs: Number(value('--upstream-delay-ms') ?? 0),
    json: value('--json'),
  };
  for (const [name, number] of Object.entries(args)) {
    if (name !== 'json' && (!Number.isInteger(number) || (number as number) < (name === 'upstreamDelayMs' ? 0 : 1))) throw new Error(`--${name} must be a whole number\n${USAGE}`);
  }
  return args;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** Starts a child process that prints `listening on URL`; resolves with the URL. */
function startService(script: string, args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s,]+)/.exec(output);
      if (match) resolve({ url: match[1], child });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  });
}

async function untilReady(url: string): Promise<void> {
  for (;;) {
    const status = await fetch(`${url}/readyz`).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface TargetTotals {
  latenciesMs: number[];
  seconds: number;
  requests: number;
  failures: number;
}

const CHUNKS = 6;

/** The proxy's capture_requests_total by result, from its /metrics. */
async function captureResults(proxyUrl: string): Promise<Record<string, number>> {
  const page = await (await fetch(`${proxyUrl}/metrics`)).text();
  return Object.fromEntries([...page.matchAll(/^llm_classify_proxy_capture_requests_total\{result="([a-z_]+)"\} (\d+)$/gm)].map((match) => [match[1], Number(match[2])]));
}

async function compare(upstreamUrl: string, proxyUrl: string, workload: Workload, concurrency: number): Promise<{ upstream: TargetTotals; proxy: TargetTotals }> {
  const totals = { upstream: { latenciesMs: [] as number[], seconds: 0, requests: 0, failures: 0 }, proxy: { latenciesMs: [] as number[], seconds: 0, requests: 0, failures: 0 } };
  const { requests } = workload;
  await runLoad(upstreamUrl, workload.warmUp, concurrency);
  await runLoad(proxyUrl, workload.warmUp, concurrency);
  const chunkSize = Math.ceil(requests.length / CHUNKS);
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const part = requests.slice(chunk * chunkSize, (chunk + 1) * chunkSize);
    const order: Array<'upstream' | 'proxy'> = chunk % 2 === 0 ? ['upstream', 'proxy'] : ['proxy', 'upstream'];
    for (const target of order) {
      const result: LoadResult = await runLoad(target === 'upstream' ? upstreamUrl : proxyUrl, part, concurrency);
      totals[target].latenciesMs.push(...result.latenciesMs);
      totals[target].seconds += result.seconds;
      totals[target].requests += part.length;
      totals[target].failures += result.failures;
    }
  }
  for (const target of [totals.upstream, totals.proxy]) target.latenciesMs.sort((a, b) => a - b);
  return totals;
}

function summary(totals: TargetTotals): { requestsPerSecond: number; p50Ms: number; p99Ms: number; failures: number } {
  return { requestsPerSecond: round(totals.requests / totals.seconds, 1), p50Ms: round(percentile(totals.latenciesMs, 0.5)), p99Ms: round(percentile(totals.latenciesMs, 0.99)), failures: totals.failures };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dist = join(packageRoot(), 'dist');
  log(`proxy benchmark: ${args.concurrency} concurrent clients, ${args.requests} requests per workload and target, ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`);
  const upstream = await startService(join(dist, 'bench', 'proxy', 'bench-upstream.js'), ['--delay-ms', String(args.upstreamDelayMs)]);
  const proxy = await startService(join(dist, 'cli', 'main.js'), ['proxy', '--upstream', upstream.url, '--port', '0']);
  try {
    await untilReady(proxy.url);
    const rows = [];
    for (const workload of benchWorkloads({ requests: args.requests, warmUp: args.concurrency * 2, eventsPerBatch: args.eventsPerBatch })) {
      log(`  ${workload.name}`);
      const before = await captureResults(proxy.url);
      const totals = await compare(upstream.url, proxy.url, workload, args.concurrency);
      const after = await captureResults(proxy.url);
      const results = Object.fromEntries(Object.keys(after).map((result) => [result, after[result] - (before[result] ?? 0)]).filter(([, count]) => (count as number) > 0));
      const alone = summary(totals.upstream);
      const through = summary(totals.proxy);
      const row = {
        workload: workload.name,
        upstream: alone,
        proxy: through,
        requestsPerSecondRatio: round(through.requestsPerSecond / alone.requestsPerSecond),
        p50Ratio: round(through.p50Ms / alone.p50Ms),
        p99Ratio: round(through.p99Ms / alone.p99Ms),
        addedP50Ms: round(through.p50Ms - alone.p50Ms),
        addedP99Ms: round(through.p99Ms - alone.p99Ms),
        proxyCaptureResults: results,
      };
      log(`    upstream alone ${alone.requestsPerSecond} req/s, p50 ${alone.p50Ms} / p99 ${alone.p99Ms} ms; through the proxy ${through.requestsPerSecond} req/s, p50 ${through.p50Ms} / p99 ${through.p99Ms} ms${through.failures + alone.failures > 0 ? `; ${through.failures + alone.failures} failed` : ''}; the proxy's results (warm-up included): ${JSON.stringify(results)}`);
      rows.push(row);
    }

    const header = `| /batch/ requests, gzip, ${args.concurrency} concurrent clients | upstream alone: req/s, p50 / p99 ms | through the proxy: req/s, p50 / p99 ms | req/s ratio | p50 ratio | p99 ratio | added p50 / p99 ms | the proxy's results |`;
    const lines = [header, '| --- | --- | --- | --- | --- | --- | --- | --- |'];
    const resultText = (results: Record<string, number>): string => Object.entries(results).map(([result, count]) => `${result} ${count}`).join(', ');
    for (const row of rows) lines.push(`| ${row.workload} | ${row.upstream.requestsPerSecond}, ${row.upstream.p50Ms} / ${row.upstream.p99Ms} | ${row.proxy.requestsPerSecond}, ${row.proxy.p50Ms} / ${row.proxy.p99Ms} | ${row.requestsPerSecondRatio} | ${row.p50Ratio} | ${row.p99Ratio} | ${row.addedP50Ms} / ${row.addedP99Ms} | ${resultText(row.proxyCaptureResults)} |`);
    process.stdout.write(`${lines.join('\n')}\n`);
    if (args.json) writeFileSync(args.json, `${JSON.stringify({ args, rows }, null, 2)}\n`);
  } finally {
    proxy.child.kill('SIGTERM');
    upstream.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
