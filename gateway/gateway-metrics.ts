import { LatencyHistogram, ModelCounters, PrometheusText, writeHistogram, writeModelMetrics } from '../server';
import type { CaptureResult, EventCounts } from './label-capture';
import type { SuiteLabeler } from './suite-labeler';

const PREFIX = 'llm_classify_proxy';
/** The per-model families keep serve's names, so one dashboard reads both. */
const MODEL_PREFIX = 'llm_classify';

export type UpstreamFailure = 'unreachable' | 'timeout' | 'broken';

const increment = <K>(map: Map<K, number>, key: K, by = 1): void => void map.set(key, (map.get(key) ?? 0) + by);

function histogramOf(map: Map<string, LatencyHistogram>, route: string): LatencyHistogram {
  let histogram = map.get(route);
  if (!histogram) {
    histogram = new LatencyHistogram();
    map.set(route, histogram);
  }
  return histogram;
}

/** Everything the gateway's GET /metrics reports. Route labels come from a fixed list, so paths cannot grow the label set. */
export class GatewayMetrics {
  private readonly requests = new Map<string, { route: string; status: string; count: number }>();
  private readonly durations = new Map<string, LatencyHistogram>();
  private readonly addedLatency = new Map<string, LatencyHistogram>();
  private readonly captureResults = new Map<CaptureResult, number>();
  private readonly events = new Map<keyof EventCounts, number>();
  private readonly upstreamFailures = new Map<UpstreamFailure, number>();
  private readonly models = new ModelCounters();

  recordRequest(route: string, status: number, seconds: number): void {
    const key = `${route} ${status}`;
    const entry = this.requests.get(key) ?? { route, status: String(status), count: 0 };
    entry.count++;
    this.requests.set(key, entry);
    histogramOf(this.durations, route).observe(seconds);
  }

  /** One capture request: what became of it, its events, and the time the gateway held it before forwarding. */
  recordCapture(route: string, result: CaptureResult, events: EventCounts, heldSeconds: number): void {
    increment(this.captureResults, result);
    for (const [kind, count] of Object.entries(events) as Array<[keyof EventCounts, number]>) increment(this.events, kind, count);
    histogramOf(this.addedLatency, route).observe(heldSeconds);
  }

  recordUpstreamFailure(kind: UpstreamFailure): void {
    increment(this.upstreamFailures, kind);
  }

  render(labeler: SuiteLabeler, state: { ready: boolean; inFlight: number; labelingInFlight: number; labelingBytes: number; circuitOpen: boolean }): string {
    this.models.update(labeler.modelStats());
    const text = new PrometheusText();
    const gauge = (name: string, help: string, value: number): void => void text.family(`${PREFIX}_${name}`, 'gauge', help).sample(`${PREFIX}_${name}`, {}, value);
    gauge('ready', '1 once the models are loaded and the gateway is not shutting down.', state.ready ? 1 : 0);
    gauge('http_requests_in_flight', 'Requests received and not yet answered (this scrape excluded).', state.inFlight);
    gauge('labeling_requests_in_flight', 'Capture requests held for labeling now (bounded by --max-labeling-requests).', state.labelingInFlight);
    gauge('labeling_bytes', 'Bytes of capture bodies held for labeling now, received plus decoded (bounded by --max-labeling-bytes).', state.labelingBytes);
    gauge('circuit_open', '1 while repeated labeling failures send capture requests upstream unlabeled.', state.circuitOpen ? 1 : 0);

    text.family(`${PREFIX}_http_requests_total`, 'counter', 'Requests answered, by route (capture routes, the gateway\'s own endpoints, or other) and status code.');
    for (const { route, status, count } of this.requests.values()) text.sample(`${PREFIX}_http_requests_total`, { route, status }, count);
    text.family(`${PREFIX}_http_request_duration_seconds`, 'histogram', 'Time from request received to answer sent (the upstream\'s time included), by route.');
    for (const [route, histogram] of this.durations) writeHistogram(text, `${PREFIX}_http_request_duration_seconds`, { route }, histogram);
    text.family(`${PREFIX}_added_latency_seconds`, 'histogram', 'Time a capture request was held after its body arrived (decoding, labeling, re-encoding) before it went upstream, by route.');
    for (const [route, histogram] of this.addedLatency) writeHistogram(text, `${PREFIX}_added_latency_seconds`, { route }, histogram);

    text.family(`${PREFIX}_capture_requests_total`, 'counter', 'Capture requests by result: labeled (re-encoded with labels), or forwarded as they came and why.');
    for (const [result, count] of this.captureResults) text.sample(`${PREFIX}_capture_requests_total`, { result }, count);
    text.family(`${PREFIX}_events_total`, 'counter', 'Events of capture requests that hold LLM events: labeled, unlabeled (LLM events forwarded without labels), other (not selected by eventNames). Requests without any are counted as capture_requests_total{result="no_llm_events"} only.');
    for (const [result, count] of this.events) text.sample(`${PREFIX}_events_total`, { result }, count);
    text.family(`${PREFIX}_upstream_failures_total`, 'counter', 'Requests the upstream did not answer: unreachable, timeout, or broken mid-answer; the client got 502, 504 or a cut answer.');
    for (const [kind, count] of this.upstreamFailures) text.sample(`${PREFIX}_upstream_failures_total`, { kind }, count);

    writeModelMetrics(text, MODEL_PREFIX, this.models);
    return text.toString();
  }
}
