import type { LabelOutcome } from '../shared';
import { LatencyHistogram, writeHistogram } from './latency-histogram';
import { ModelCounters, type ModelStatsRow } from './model-counters';
import { writeModelMetrics } from './model-metrics';
import { PrometheusText } from './prometheus-text';

/** Route names used as the `endpoint` label; anything else is `other` so random paths cannot grow the label set. */
export const ENDPOINTS = ['/v1/process', '/v1/process-batch', '/healthz', '/readyz', '/metrics', 'other'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

const PREFIX = 'llm_classify';

/** Everything GET /metrics reports: HTTP traffic, events, and the core's per-model counters. */
export class ServerMetrics {
  private readonly requests = new Map<string, { endpoint: Endpoint; status: number; count: number }>();
  private readonly latency = new Map<Endpoint, LatencyHistogram>();
  private readonly events: Record<LabelOutcome, number> = { labeled: 0, unchanged: 0, timed_out: 0, failed: 0 };
  private readonly eventsPerRequest = { count: 0, sum: 0 };
  private readonly models = new ModelCounters();

  recordRequest(endpoint: Endpoint, status: number, seconds: number): void {
    const key = `${endpoint} ${status}`;
    const entry = this.requests.get(key) ?? { endpoint, status, count: 0 };
    entry.count++;
    this.requests.set(key, entry);
    let histogram = this.latency.get(endpoint);
    if (!histogram) {
      histogram = new LatencyHistogram();
      this.latency.set(endpoint, histogram);
    }
    histogram.observe(seconds);
  }

  recordEvents(outcomes: Readonly<Record<LabelOutcome, number>>): void {
    for (const outcome of Object.keys(this.events) as LabelOutcome[]) {
      this.events[outcome] += outcomes[outcome];
      this.eventsPerRequest.sum += outcomes[outcome];
    }
    this.eventsPerRequest.count++;
  }

  render(modelRows: readonly ModelStatsRow[], server: { runtimes: number; inFlight: number; ready: boolean }): string {
    this.models.update(modelRows);
    const text = new PrometheusText();
    text.family(`${PREFIX}_ready`, 'gauge', '1 when the server settings\' models are loaded and the server is not shutting down.').sample(`${PREFIX}_ready`, {}, server.ready ? 1 : 0);
    text.family(`${PREFIX}_http_requests_in_flight`, 'gauge', 'Requests received and not yet answered (this scrape excluded).').sample(`${PREFIX}_http_requests_in_flight`, {}, server.inFlight);

    text.family(`${PREFIX}_http_requests_total`, 'counter', 'HTTP requests answered, by endpoint and status code.');
    for (const { endpoint, status, count } of this.requests.values()) text.sample(`${PREFIX}_http_requests_total`, { endpoint, status: String(status) }, count);

    text.family(`${PREFIX}_http_request_duration_seconds`, 'histogram', 'Time from request received to reply sent, by endpoint.');
    for (const [endpoint, histogram] of this.latency) writeHistogram(text, `${PREFIX}_http_request_duration_seconds`, { endpoint }, histogram);

    text.family(`${PREFIX}_events_total`, 'counter', 'Events processed, by outcome: labeled (properties added), unchanged (nothing to label), timed_out (the time budget ran out), failed (a model error or a full queue).');
    for (const [outcome, count] of Object.entries(this.events)) text.sample(`${PREFIX}_events_total`, { outcome }, count);
    text.family(`${PREFIX}_events_per_request`, 'summary', 'Events per process or process-batch request.');
    text.sample(`${PREFIX}_events_per_request_sum`, {}, this.eventsPerRequest.sum).sample(`${PREFIX}_events_per_request_count`, {}, this.eventsPerRequest.count);

    text.family(`${PREFIX}_plugin_instances`, 'gauge', 'Suite plugin instances alive, one per distinct settings set (bounded by --max-runtimes).').sample(`${PREFIX}_plugin_instances`, {}, server.runtimes);

    writeModelMetrics(text, PREFIX, this.models);
    return text.toString();
  }
}
