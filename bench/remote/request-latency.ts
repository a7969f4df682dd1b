import type { PluginEvent } from '@posthog/plugin-scaffold';
import { percentile } from '../suite-throughput';

export interface LatencySummary {
  requests: number;
  concurrency: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
  /** Replies whose outcome was not `labeled` or `unchanged` (the server ran out of time or failed). */
  notLabeled: number;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** POSTs each event to /v1/process, `concurrency` requests in flight, and times each from send to full reply. */
export async function measureProcessLatency(url: string, events: readonly PluginEvent[], concurrency: number): Promise<LatencySummary> {
  const latencies: number[] = [];
  let notLabeled = 0;
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < events.length) {
      const event = events[next++];
      const sent = performance.now();
      const response = await fetch(`${url}/v1/process`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ event: { event: event.event, uuid: event.uuid, properties: event.properties } }) });
      const body = (await response.json()) as { outcome?: string };
      latencies.push(performance.now() - sent);
      if (response.status !== 200 || (body.outcome !== 'labeled' && body.outcome !== 'unchanged')) notLabeled++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return { requests: events.length, concurrency, p50Ms: round(percentile(sorted, 0.5)), p99Ms: round(percentile(sorted, 0.99)), maxMs: round(sorted[sorted.length - 1] ?? 0), requestsPerSecond: round(events.length / seconds), notLabeled };
}
