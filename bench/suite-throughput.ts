import type { PluginEvent } from '@posthog/plugin-scaffold';
import { type ClassifierPlugin, labelingStats } from '../shared';
import { secondsSince } from './throughput';

export interface SuiteChunkResult {
  wallSeconds: number;
  /** Milliseconds from processEvent's call to its answer, per event. */
  latenciesMs: number[];
}

export interface SuiteCounters {
  sessionRuns: number;
  textsRun: number;
  tokensRun: number;
  paddedTokensRun: number;
  cacheHits: number;
}

/** One `llm-task` event per text, the text as the user input (run with classifySides=user). */
export function eventsCarrying(texts: string[]): PluginEvent[] {
  return texts.map((text, index) => ({ event: 'llm-task', uuid: `bench-${index}`, distinct_id: 'bench', ip: null, site_url: '', team_id: 1, now: '', properties: { $llm_input: text } }));
}

export function percentile(sortedValues: number[], share: number): number {
  return sortedValues.length === 0 ? 0 : sortedValues[Math.min(sortedValues.length - 1, Math.floor(share * sortedValues.length))];
}

/** A plugin set up once, through whose real processEvent events are pushed in chunks, `concurrency` in flight. */
export class SuiteRunner {
  private readonly meta = { config: {} as Record<string, string>, global: {} as Record<string, unknown> };
  private countersAtStart: SuiteCounters = { sessionRuns: 0, textsRun: 0, tokensRun: 0, paddedTokensRun: 0, cacheHits: 0 };

  constructor(
    private readonly plugin: ClassifierPlugin,
    config: Record<string, string>,
    private readonly concurrency: number,
  ) {
    this.meta.config = config;
  }

  async start(): Promise<this> {
    await this.plugin.setupPlugin(this.meta);
    // Warm-up with texts of its own, so nothing of the measured run is cached.
    await this.plugin.processEvent({ event: 'llm-task', uuid: 'warm-up', properties: { $llm_input: 'a warm-up question', $llm_output: 'a warm-up answer' } }, this.meta);
    this.countersAtStart = this.counters(true);
    return this;
  }

  async run(given: PluginEvent[]): Promise<SuiteChunkResult> {
    // processEvent labels the event it is given in place (as PostHog expects), and skips events already labeled:
    // each run gets copies, made before the clock starts, so the same events can be measured again by another set-up.
    const events = structuredClone(given);
    const latenciesMs: number[] = [];
    let next = 0;
    const start = process.hrtime.bigint();
    const worker = async (): Promise<void> => {
      while (next < events.length) {
        const event = events[next++];
        const eventStart = process.hrtime.bigint();
        await this.plugin.processEvent(event, this.meta);
        latenciesMs.push(secondsSince(eventStart) * 1000);
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
    return { wallSeconds: secondsSince(start), latenciesMs };
  }

  /** Session runs, texts run and cache hits since start (or in total with `absolute`). */
  counters(absolute = false): SuiteCounters {
    const stats = labelingStats(this.meta);
    const sum = (key: keyof SuiteCounters): number => stats.reduce((total, model) => total + model[key], 0) - (absolute ? 0 : this.countersAtStart[key]);
    return { sessionRuns: sum('sessionRuns'), textsRun: sum('textsRun'), tokensRun: sum('tokensRun'), paddedTokensRun: sum('paddedTokensRun'), cacheHits: sum('cacheHits') };
  }

  async stop(): Promise<void> {
    await this.plugin.teardownPlugin(this.meta);
  }
}
