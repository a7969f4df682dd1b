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
  /** Sent to both targets before timing; distinct from `requests`, so nothing timed is a cache hit. */
  warmUp: BenchRequest[];
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
 * The workloads of the proxy benchmark: batches without LLM events (forwarded as they came, after the proxy decoded
 * them to look), one LLM event per request (as @posthog/ai sends with captureImmediate), and batches of LLM events;
 * LLM texts never repeat (decoded, labeled, re-encoded). Bodies are built once, before timing.
 */
export function benchWorkloads(options: { requests: number; warmUp: number; eventsPerBatch: number }): Workload[] {
  const total = options.requests + options.warmUp;
  // Every LLM event distinct (no repeated texts), so the result cache does not flatter the proxy.
  const corpus = generateCorpus({ events: total * (options.eventsPerBatch + 1), repeatShare: 0 });
  const build = (perRequest: number, events: (offset: number, count: number) => unknown[], offset = 0): BenchRequest[] => Array.from({ length: total }, (_, index) => batchRequest(events(offset + index * perRequest, perRequest)));
  const split = (name: string, requests: BenchRequest[]): Workload => ({ name, warmUp: requests.slice(0, options.warmUp), requests: requests.slice(options.warmUp) });
  const llm = (offset: number, count: number): unknown[] => llmEvents(corpus, count, offset);
  return [
    split(`non-LLM batches (${options.eventsPerBatch} events)`, build(options.eventsPerBatch, (offset, count) => analyticsEvents(count, offset))),
    split('one LLM event per request', build(1, llm, total * options.eventsPerBatch)),
    split(`LLM batches (${options.eventsPerBatch} events)`, build(options.eventsPerBatch, llm)),
  ];
}
