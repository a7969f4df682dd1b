import type { PluginEvent } from '@posthog/plugin-scaffold';
import { labelingStats } from '../shared';
import type { ClassifierPlugin } from '../shared';
import { RssPeakSampler } from './rss';
import { cpuPercentProbe, secondsSince } from './throughput';

export interface SuiteRunResult {
  name: string;
  events: number;
  texts: number;
  wallSeconds: number;
  eventsPerSecond: number;
  textsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  sessionRuns: number;
  textsRun: number;
  cacheHits: number;
  cpuPercent: number;
  peakRssMb: number;
}

/** One `llm-task` event per text, the text as the user input (run with classifySides=user). */
export function eventsCarrying(texts: string[]): PluginEvent[] {
  return texts.map((text, index) => ({ event: 'llm-task', uuid: `bench-${index}`, distinct_id: 'bench', ip: null, site_url: '', team_id: 1, now: '', properties: { $llm_input: text } }));
}

function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

/**
 * Every event through a plugin's real processEvent with `concurrency` events in flight, as a PostHog
 * ingestion worker would; `texts` is the number of texts the events carry for the plugin (for texts/s).
 */
export async function measureSuite(name: string, plugin: ClassifierPlugin, config: Record<string, string>, events: PluginEvent[], texts: number, concurrency: number): Promise<SuiteRunResult> {
  const meta = { config, global: {} as Record<string, unknown> };
  await plugin.setupPlugin(meta);
  // Warm-up with texts of its own, so nothing of the measured run is cached.
  await plugin.processEvent({ event: 'llm-task', uuid: 'warm-up', properties: { $llm_input: 'a warm-up question', $llm_output: 'a warm-up answer' } }, meta);
  const statsBefore = labelingStats(meta);
  const latencies: number[] = [];
  let next = 0;
  const sampler = new RssPeakSampler().start();
  const cpuPercent = cpuPercentProbe();
  const start = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (next < events.length) {
      const event = events[next++];
      const eventStart = process.hrtime.bigint();
      await plugin.processEvent(event, meta);
      latencies.push(secondsSince(eventStart) * 1000);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallSeconds = secondsSince(start);
  const cpu = cpuPercent();
  const peakRssMb = sampler.stop();
  const statsAfter = labelingStats(meta);
  await plugin.teardownPlugin(meta);
  latencies.sort((a, b) => a - b);
  const delta = (key: 'sessionRuns' | 'textsRun' | 'cacheHits'): number => statsAfter.reduce((sum, stats, i) => sum + stats[key] - (statsBefore[i]?.[key] ?? 0), 0);
  return {
    name,
    events: events.length,
    texts,
    wallSeconds,
    eventsPerSecond: events.length / wallSeconds,
    textsPerSecond: texts / wallSeconds,
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) },
    sessionRuns: delta('sessionRuns'),
    textsRun: delta('textsRun'),
    cacheHits: delta('cacheHits'),
    cpuPercent: cpu,
    peakRssMb,
  };
}
