import type { Labels, PrometheusText } from './prometheus-text';

/** Upper bounds in seconds: labeling usually takes milliseconds; the top buckets catch model loads and time-outs. */
export const LATENCY_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** A cumulative Prometheus histogram of request durations. */
export class LatencyHistogram {
  /** counts[i]: observations at or under LATENCY_BUCKETS_SECONDS[i] (not cumulative; summed when rendered). */
  private readonly counts = new Array<number>(LATENCY_BUCKETS_SECONDS.length).fill(0);
  count = 0;
  sum = 0;

  observe(seconds: number): void {
    this.count++;
    this.sum += seconds;
    const bucket = LATENCY_BUCKETS_SECONDS.findIndex((bound) => seconds <= bound);
    if (bucket >= 0) this.counts[bucket]++;
  }

  /** `[upper bound, cumulative count]` pairs, ending with `+Inf`. */
  cumulativeBuckets(): Array<[string, number]> {
    let running = 0;
    const buckets: Array<[string, number]> = LATENCY_BUCKETS_SECONDS.map((bound, index) => {
      running += this.counts[index];
      return [String(bound), running];
    });
    buckets.push(['+Inf', this.count]);
    return buckets;
  }
}

/** A histogram's `_bucket`, `_sum` and `_count` samples under `name`, each with `labels`. */
export function writeHistogram(text: PrometheusText, name: string, labels: Labels, histogram: LatencyHistogram): void {
  for (const [le, count] of histogram.cumulativeBuckets()) text.sample(`${name}_bucket`, { ...labels, le }, count);
  text.sample(`${name}_sum`, labels, histogram.sum);
  text.sample(`${name}_count`, labels, histogram.count);
}
