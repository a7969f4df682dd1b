import { writeFileSync } from 'node:fs';
import { CIRCUIT_BREAKER_DEFAULTS } from '../../sandbox/circuit-breaker';
import { REMOTE_SETTINGS } from '../../sandbox/remote-settings';
import { generateCorpus } from '../corpus';
import { refusedUrl, startHangingServer } from './fault-servers';
import { type PluginCost, measurePluginCost } from './plugin-cost';
import { measureProcessLatency } from './request-latency';
import { startServeProcess } from './serve-process';

// `npm run bench:remote`: the inference server's latency under load, and what the remote plugin costs each event
// when the server is healthy, down (connection refused) or hanging (accepts, never answers).

const USAGE = `usage: npm run bench:remote -- [--events N] [--concurrency N] [--plugin-events N] [--json FILE] [--accurate]
  --events N          /v1/process requests measured (default 2000, the bench corpus without repeated texts)
  --concurrency N     requests in flight (default 64)
  --plugin-events N   events through the remote plugin per server state (default 1000)
  --accurate          serve the downloaded reference models instead of the default ones`;

function parseArgs(argv: string[]): { events: number; concurrency: number; pluginEvents: number; json?: string; accurate: boolean } {
  const value = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const args = { events: Number(value('--events') ?? 2000), concurrency: Number(value('--concurrency') ?? 64), pluginEvents: Number(value('--plugin-events') ?? 1000), json: value('--json'), accurate: argv.includes('--accurate') };
  for (const [name, number] of Object.entries({ events: args.events, concurrency: args.concurrency, 'plugin-events': args.pluginEvents })) {
    if (!Number.isInteger(number) || number <= 0) throw new Error(`--${name} must be a whole number above 0\n${USAGE}`);
  }
  return args;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const serverTimeoutMs = REMOTE_SETTINGS.serverTimeoutMs.default;
  const serve = await startServeProcess(args.accurate ? ['--accurate'] : []);
  try {
    log(`serve at ${serve.url} (${args.accurate ? 'reference' : 'default'} models)`);
    // Warm-up on other texts, so that neither cold code paths nor the result cache shape the measured run.
    await measureProcessLatency(serve.url, generateCorpus({ events: 300, seed: 11 }), args.concurrency);
    const latency = await measureProcessLatency(serve.url, generateCorpus({ events: args.events, repeatShare: 0 }), args.concurrency);
    log(`/v1/process at ${latency.concurrency} in flight: p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms, max ${latency.maxMs} ms, ${latency.requestsPerSecond} requests/s`);

    const pluginEvents = generateCorpus({ events: args.pluginEvents, seed: 13 });
    const costs: PluginCost[] = [await measurePluginCost('healthy', serve.url, pluginEvents, serverTimeoutMs)];
    costs.push(await measurePluginCost('dead (connection refused)', await refusedUrl(), pluginEvents, serverTimeoutMs));
    const hanging = await startHangingServer();
    try {
      costs.push(await measurePluginCost('hanging (accepts, never answers)', hanging.url, pluginEvents, serverTimeoutMs));
    } finally {
      hanging.close();
    }
    const rows = costs.map((cost) => `| ${cost.server} | ${cost.events} | ${cost.requests} | ${cost.labeled} | ${cost.totalMs} | ${cost.meanMs} | ${cost.p99Ms} |`);
    process.stdout.write([
      `/v1/process, ${latency.requests} requests at ${latency.concurrency} in flight: p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms, max ${latency.maxMs} ms, ${latency.requestsPerSecond} requests/s, ${latency.notLabeled} timed out or failed`,
      '',
      `Remote plugin in PostHog's VM (vm2, node-fetch), events one after another, serverTimeoutMs ${serverTimeoutMs}, breaker ${CIRCUIT_BREAKER_DEFAULTS.failureThreshold} failures / ${CIRCUIT_BREAKER_DEFAULTS.coolDownMs / 1000} s:`,
      '',
      '| server | events | requests sent | labeled | total ms | mean ms per event | p99 ms per event |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'));
    if (args.json !== undefined) writeFileSync(args.json, `${JSON.stringify({ latency, serverTimeoutMs, breaker: CIRCUIT_BREAKER_DEFAULTS, pluginCosts: costs }, null, 2)}\n`);
  } finally {
    await serve.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:remote: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
