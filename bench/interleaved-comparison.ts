import type { PluginEvent } from '@posthog/plugin-scaffold';
import type { ClassifierPlugin } from '../shared';
import { createBenchSession } from './bench-session';
import { corpusTexts, interleavedTexts } from './corpus-texts';
import { cpuPercentProbe } from './throughput';
import { measureRawOrt } from './raw-ort';
import { type SuiteCounters, SuiteRunner, percentile } from './suite-throughput';
import { type TextClassifier, loadTransformersJsPipeline, measureTransformersJs } from './transformers-js';
import { measureUnbatched } from './unbatched';
import { DEFAULT_MAX_LENGTH } from './engine-options';

export interface EngineTotals {
  texts: number;
  seconds: number;
  textsPerSecond: number;
}

export interface Comparison {
  events: number;
  texts: number;
  raw: EngineTotals & { tokens: number; paddedTokens: number };
  suite: EngineTotals & SuiteCounters & { eventsPerSecond: number; latencyMs: { p50: number; p95: number; p99: number }; cpuPercent: number };
  unbatched: EngineTotals;
  transformersJs?: EngineTotals;
}

export interface ComparisonOptions {
  modelDir: string;
  plugin: ClassifierPlugin;
  pluginConfig: Record<string, string>;
  concurrency: number;
  tokenBudget: number;
  /** The run is cut into this many chunks; each chunk goes through every engine in turn, so load from other processes hits all alike. */
  chunks: number;
  withTransformersJs: boolean;
}

const totals = (texts: number, seconds: number): EngineTotals => ({ texts, seconds, textsPerSecond: texts / seconds });

/**
 * Raw onnxruntime, the suite's processEvent, one run per text and transformers.js on the same events'
 * texts with the same model, interleaved chunk by chunk. The suite sees events; the others see their texts.
 */
export async function compareEngines(events: PluginEvent[], options: ComparisonOptions): Promise<Comparison> {
  const session = await createBenchSession(options.modelDir);
  const suite = await new SuiteRunner(options.plugin, { modelDir: options.modelDir, ...options.pluginConfig }, options.concurrency).start();
  const pipeline: TextClassifier | undefined = options.withTransformersJs ? await loadTransformersJsPipeline(options.modelDir, DEFAULT_MAX_LENGTH) : undefined;
  if (pipeline) await pipeline('warm up');
  const seconds = { raw: 0, suite: 0, unbatched: 0, transformersJs: 0 };
  const rawTokens = { tokens: 0, paddedTokens: 0 };
  const latencies: number[] = [];
  let textCount = 0;
  let suiteCpuSeconds = 0;
  const chunkSize = Math.ceil(events.length / options.chunks);
  for (let start = 0; start < events.length; start += chunkSize) {
    const chunkEvents = events.slice(start, start + chunkSize);
    const texts = interleavedTexts(corpusTexts(chunkEvents));
    textCount += texts.length;
    const rawChunk = await measureRawOrt({ modelDir: options.modelDir, texts, tokenBudget: options.tokenBudget, session });
    seconds.raw += rawChunk.wallSeconds;
    rawTokens.tokens += Number(rawChunk.details?.tokens);
    rawTokens.paddedTokens += Number(rawChunk.details?.paddedTokens);
    const cpu = cpuPercentProbe();
    const chunk = await suite.run(chunkEvents);
    suiteCpuSeconds += (cpu() / 100) * chunk.wallSeconds;
    seconds.suite += chunk.wallSeconds;
    latencies.push(...chunk.latenciesMs);
    seconds.unbatched += (await measureUnbatched({ modelDir: options.modelDir, texts, session })).wallSeconds;
    if (pipeline) seconds.transformersJs += (await measureTransformersJs({ modelDir: options.modelDir, texts, pipeline })).wallSeconds;
  }
  const counters = suite.counters();
  await suite.stop();
  await session.release();
  if (pipeline) await pipeline.dispose();
  latencies.sort((a, b) => a - b);
  return {
    events: events.length,
    texts: textCount,
    raw: { ...totals(textCount, seconds.raw), ...rawTokens },
    suite: {
      ...totals(textCount, seconds.suite),
      eventsPerSecond: events.length / seconds.suite,
      latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) },
      ...counters,
      cpuPercent: (suiteCpuSeconds / seconds.suite) * 100,
    },
    unbatched: totals(textCount, seconds.unbatched),
    transformersJs: pipeline ? totals(textCount, seconds.transformersJs) : undefined,
  };
}
