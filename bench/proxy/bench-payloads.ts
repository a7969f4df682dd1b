import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { PluginEvent } from '@posthog/plugin-scaffold';
import { generateCorpus } from '../corpus';

/** One request of a workload: path, headers and body as an SDK sends them. */
export interface BenchRequest {
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Workload {
  name: string;
  requests: BenchRequest[];
}

const lib = { $lib: 'posthog-node', $lib_version: '5.70.0', $is_server: true, $geoip_disable: true };
const wire = (event: string, properties: Record<string, unknown>, index: number): Record<string, unknown> => ({ event, properties: { ...properties, ...lib }, timestamp: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(), uuid: randomUUID(), distinct_id: `user-${index % 200}` });

/** posthog-node's `/batch/` request: `{api_key, batch, sent_at}`, gzipped with Content-Encoding: gzip. */
function batchRequest(batch: unknown[]): BenchRequest {
  const body = gzipSync(JSON.stringify({ api_key: 'phc_benchkey', batch, sent_at: '2026-01-01T00:00:00.000Z' }));
  return { path: '/batch/', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'user-agent': 'posthog-node/5.70.0' }, body };
}

function analyticsEvents(count: number, offset: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => wire(index % 3 === 0 ? '$pageview' : 'button_clicked', { $current_url: `https://example.com/page/${(offset + index) % 50}`, plan: 'team', experiment: 'checkout-v2', position: index }, offset + index));
}

function llmEvents(corpus: PluginEvent[], count: number, offset: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => {
    const event = corpus[(offset + index) % corpus.length];
    return wire(event.event, event.properties ?? {}, offset + index);
  });
}

/**
 * The two workloads of the proxy benchmark: batches without LLM events (forwarded as they came, after the proxy
 * decoded them to look), and batches of LLM events (decoded, labeled, re-encoded). Bodies are built once, before timing.
 */
export function benchWorkloads(options: { requests: number; eventsPerBatch: number }): Workload[] {
  const corpus = generateCorpus({ events: 2000, repeatShare: 0 });
  const distinct = Math.min(options.requests, 200);
  const analytics = Array.from({ length: distinct }, (_, index) => batchRequest(analyticsEvents(options.eventsPerBatch, index * options.eventsPerBatch)));
  const llm = Array.from({ length: distinct }, (_, index) => batchRequest(llmEvents(corpus, options.eventsPerBatch, index * options.eventsPerBatch)));
  const cycle = (requests: BenchRequest[]): BenchRequest[] => Array.from({ length: options.requests }, (_, index) => requests[index % requests.length]);
  return [
    { name: `non-LLM batches (${options.eventsPerBatch} events, gzip)`, requests: cycle(analytics) },
    { name: `LLM batches (${options.eventsPerBatch} $ai_generation / llm-* events, gzip)`, requests: cycle(llm) },
  ];
}
