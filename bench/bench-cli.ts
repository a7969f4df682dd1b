import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as suite from '../index';
import * as emotion from '../plugins/emotion';
import { packageRoot } from '../shared/model/package-root';
import { BENCH_USAGE, type BenchArgs, parseBenchArgs } from './bench-args';
import { type Quantization, miniLmBenchModel } from './bench-models';
import { generateCorpus } from './corpus';
import { corpusTexts, interleavedTexts } from './corpus-texts';
import { encodeTexts, loadFolderTokenizer } from './bench-tokenizer';
import { LENGTH_BUCKETS, groupIndicesByBucket } from './length-buckets';
import { measureRawOrt, tuneTokenBudget } from './raw-ort';
import { spreadSample } from './sample-texts';
import { type SuiteRunResult, eventsCarrying, measureSuite } from './suite-throughput';
import type { ThroughputResult } from './throughput';
import { measureTransformersJs } from './transformers-js';
import { measureUnbatched } from './unbatched';

// `npm run bench`: the suite's processEvent against raw onnxruntime, transformers.js and one run per text,
// all in one run, on the same model and the same texts. Ratios, not absolute numbers, are what to compare.

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const ratio = (a: number, b: number): number => Number((a / b).toFixed(2));
const round = (n: number): number => Number(n.toFixed(1));

interface ModelSet {
  emotion: string;
  toxicity: string;
  userFlow: string;
  agentFlow: string;
}

function modelSet(args: BenchArgs, quantization: Quantization): ModelSet {
  if (args.models) return { emotion: join(args.models, 'minilm-emotion'), toxicity: join(args.models, 'minilm-toxicity'), userFlow: join(args.models, 'minilm-user-flow'), agentFlow: join(args.models, 'minilm-agent-flow') };
  const cache = join(packageRoot(), '.bench-models');
  return { emotion: miniLmBenchModel(cache, 'emotion', quantization), toxicity: miniLmBenchModel(cache, 'toxicity', quantization), userFlow: miniLmBenchModel(cache, 'user-flow', quantization), agentFlow: miniLmBenchModel(cache, 'agent-flow', quantization) };
}

interface CorpusComparison {
  raw: ThroughputResult;
  suite: SuiteRunResult;
  unbatched: ThroughputResult;
  transformersJs?: ThroughputResult;
}

/** The four engines on one corpus's texts with one model (the emotion plugin classifies both sides of every event). */
async function compareOnCorpus(args: BenchArgs, modelDir: string, repeatShare: number, tokenBudget: number): Promise<CorpusComparison> {
  const events = generateCorpus({ events: args.events, repeatShare });
  const texts = interleavedTexts(corpusTexts(events));
  const label = `${Math.round(repeatShare * 100)}% repeats`;
  log(`  ${label}: ${events.length} events, ${texts.length} texts`);
  const raw = await measureRawOrt({ modelDir, texts, tokenBudget, name: 'raw onnxruntime' });
  log(`    raw onnxruntime ${raw.textsPerSecond.toFixed(1)} texts/s`);
  const suiteRun = await measureSuite('suite processEvent', emotion, { modelDir }, events, texts.length, args.concurrency);
  log(`    suite ${suiteRun.textsPerSecond.toFixed(1)} texts/s (${suiteRun.sessionRuns} session runs, ${suiteRun.cacheHits} cache hits)`);
  const unbatched = await measureUnbatched({ modelDir, texts, name: 'one run per text' });
  log(`    unbatched ${unbatched.textsPerSecond.toFixed(1)} texts/s`);
  const transformersJs = args.skipTransformersJs ? undefined : await measureTransformersJs({ modelDir, texts, name: 'transformers.js' });
  if (transformersJs) log(`    transformers.js ${transformersJs.textsPerSecond.toFixed(1)} texts/s`);
  return { raw, suite: suiteRun, unbatched, transformersJs };
}

interface BucketRow {
  bucket: string;
  texts: number;
  raw: number;
  suite: number;
  unbatched: number;
  transformersJs?: number;
}

/** Each engine on each length bucket's texts alone (the same texts for all four). */
async function compareByBucket(args: BenchArgs, modelDir: string, tokenBudget: number): Promise<BucketRow[]> {
  const texts = interleavedTexts(corpusTexts(generateCorpus({ events: args.events, repeatShare: 0 })));
  const groups = groupIndicesByBucket(encodeTexts(loadFolderTokenizer(modelDir), texts, 256).map((ids) => ids.length));
  const rows: BucketRow[] = [];
  for (const { name } of LENGTH_BUCKETS) {
    const bucketTexts = spreadSample(groups[name].map((index) => texts[index]), args.bucketLimit);
    if (bucketTexts.length === 0) continue;
    const raw = await measureRawOrt({ modelDir, texts: bucketTexts, tokenBudget });
    const suiteRun = await measureSuite('suite', emotion, { modelDir, classifySides: 'user' }, eventsCarrying(bucketTexts), bucketTexts.length, args.concurrency);
    const unbatched = await measureUnbatched({ modelDir, texts: bucketTexts });
    const transformersJs = args.skipTransformersJs ? undefined : await measureTransformersJs({ modelDir, texts: bucketTexts });
    rows.push({ bucket: name, texts: bucketTexts.length, raw: raw.textsPerSecond, suite: suiteRun.textsPerSecond, unbatched: unbatched.textsPerSecond, transformersJs: transformersJs?.textsPerSecond });
    log(`    bucket ${name}: ${bucketTexts.length} texts, suite ${suiteRun.textsPerSecond.toFixed(1)} / raw ${raw.textsPerSecond.toFixed(1)} / unbatched ${unbatched.textsPerSecond.toFixed(1)} texts/s`);
  }
  return rows;
}

function summary(comparison: CorpusComparison): Record<string, number> {
  const { raw, suite: suiteRun, unbatched, transformersJs } = comparison;
  return {
    raw_ort_texts_per_s: round(raw.textsPerSecond),
    suite_texts_per_s: round(suiteRun.textsPerSecond),
    suite_events_per_s: round(suiteRun.eventsPerSecond),
    unbatched_texts_per_s: round(unbatched.textsPerSecond),
    ...(transformersJs ? { transformersjs_texts_per_s: round(transformersJs.textsPerSecond), suite_vs_transformersjs: ratio(suiteRun.textsPerSecond, transformersJs.textsPerSecond) } : {}),
    suite_vs_raw_ort: ratio(suiteRun.textsPerSecond, raw.textsPerSecond),
    suite_vs_unbatched: ratio(suiteRun.textsPerSecond, unbatched.textsPerSecond),
    p50_ms: round(suiteRun.latencyMs.p50),
    p95_ms: round(suiteRun.latencyMs.p95),
    p99_ms: round(suiteRun.latencyMs.p99),
    session_runs: suiteRun.sessionRuns,
    texts_run: suiteRun.textsRun,
    cache_hits: suiteRun.cacheHits,
    cpu_percent: round(suiteRun.cpuPercent),
  };
}

function peakRssWithAllModels(models: ModelSet): number {
  const script = join(packageRoot(), 'dist', 'bench', 'peak-rss-cli.js');
  const output = execFileSync(process.execPath, [script, models.emotion, models.toxicity, models.userFlow, models.agentFlow], { encoding: 'utf8' });
  return round((JSON.parse(output.trim()) as { peakRssMb: number }).peakRssMb);
}

function markdownTable(header: string[], rows: Array<Array<string | number | undefined>>): string {
  const line = (cells: Array<string | number | undefined>): string => `| ${cells.map((cell) => (cell === undefined ? '-' : String(cell))).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return;
  }
  const args = parseBenchArgs(argv);
  log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const report: Record<string, unknown> = { command: `npm run bench -- ${argv.join(' ')}`.trim(), cores: cpus().length, events_per_corpus: args.events, concurrency: args.concurrency };
  const markdown: string[] = [];

  const int8 = modelSet(args, 'int8');
  log(`int8 MiniLM-shaped model: ${int8.emotion}`);
  const tuningTexts = spreadSample(interleavedTexts(corpusTexts(generateCorpus({ events: args.events }))), 300);
  const { bestBudget } = await tuneTokenBudget({ modelDir: int8.emotion, texts: tuningTexts, budgets: [256, 512, 1024, 2048, 4096] });
  log(`  raw onnxruntime's best token budget: ${bestBudget}`);
  const int8Plain = await compareOnCorpus(args, int8.emotion, 0, bestBudget);
  const int8Repeats = await compareOnCorpus(args, int8.emotion, 0.3, bestBudget);
  const buckets = await compareByBucket(args, int8.emotion, bestBudget);

  log('  all four plugins (suite, four int8 models)');
  const allEvents = generateCorpus({ events: args.allPluginsEvents });
  const allTexts = interleavedTexts(corpusTexts(allEvents)).length;
  const allPlugins = await measureSuite('suite, all plugins', suite, { emotionModelDir: int8.emotion, toxicityModelDir: int8.toxicity, flowUserModelDir: int8.userFlow, flowAgentModelDir: int8.agentFlow }, allEvents, allTexts, args.concurrency);
  const peakRssMb = peakRssWithAllModels(int8);
  log(`  all plugins: ${allPlugins.eventsPerSecond.toFixed(1)} events/s; peak RSS with four models ${peakRssMb} MB`);

  report.int8 = { ...summary(int8Plain), token_budget: bestBudget, peak_rss_mb: peakRssMb, all_plugins_events_per_s: round(allPlugins.eventsPerSecond), all_plugins_p99_ms: round(allPlugins.latencyMs.p99) };
  report.int8_30pct_repeats = summary(int8Repeats);
  report.int8_by_length_bucket = buckets.map((row) => ({ ...row, suite_vs_raw_ort: ratio(row.suite, row.raw), suite_vs_unbatched: ratio(row.suite, row.unbatched), ...(row.transformersJs ? { suite_vs_transformersjs: ratio(row.suite, row.transformersJs) } : {}) }));
  // The headline fields the issue asks for, at the top level: 0%-repeat corpus, int8 models.
  Object.assign(report, { ...summary(int8Plain), peak_rss_mb: peakRssMb });

  if (!args.skipFp32 && !args.models) {
    const fp32 = modelSet(args, 'fp32');
    log(`fp32 MiniLM-shaped model: ${fp32.emotion}`);
    report.fp32 = summary(await compareOnCorpus(args, fp32.emotion, 0, bestBudget));
  }

  log('default-tier model (models/default-emotion) on the 0%-repeat corpus');
  const defaultModel = join(packageRoot(), 'models', 'default-emotion');
  const defaultEvents = generateCorpus({ events: args.events });
  const defaultTexts = interleavedTexts(corpusTexts(defaultEvents));
  const defaultRaw = await measureRawOrt({ modelDir: defaultModel, texts: defaultTexts, tokenBudget: bestBudget });
  const defaultSuite = await measureSuite('suite, default-emotion', emotion, { modelDir: defaultModel }, defaultEvents, defaultTexts.length, args.concurrency);
  report.default_emotion = { raw_ort_texts_per_s: round(defaultRaw.textsPerSecond), suite_texts_per_s: round(defaultSuite.textsPerSecond), suite_vs_minilm_int8_suite: ratio(defaultSuite.textsPerSecond, int8Plain.suite.textsPerSecond), p99_ms: round(defaultSuite.latencyMs.p99) };

  const fmt = (n: number | undefined): string | undefined => (n === undefined ? undefined : n.toFixed(1));
  const row = (name: string, comparison: CorpusComparison): Array<string | undefined> => [name, fmt(comparison.suite.textsPerSecond), fmt(comparison.raw.textsPerSecond), fmt(comparison.unbatched.textsPerSecond), fmt(comparison.transformersJs?.textsPerSecond), (comparison.suite.textsPerSecond / comparison.raw.textsPerSecond).toFixed(2), (comparison.suite.textsPerSecond / comparison.unbatched.textsPerSecond).toFixed(2), comparison.transformersJs ? (comparison.suite.textsPerSecond / comparison.transformersJs.textsPerSecond).toFixed(2) : undefined, fmt(comparison.suite.latencyMs.p99)];
  markdown.push(markdownTable(['corpus (int8 MiniLM shape)', 'suite texts/s', 'raw ORT', 'one run per text', 'transformers.js', 'suite / raw ORT', 'suite / unbatched', 'suite / transformers.js', 'suite p99 ms'], [row('0% repeats', int8Plain), row('30% repeats', int8Repeats)]));
  markdown.push(markdownTable(['length bucket (tokens, 0% repeats)', 'texts', 'suite texts/s', 'raw ORT', 'one run per text', 'transformers.js', 'suite / raw ORT', 'suite / unbatched', 'suite / transformers.js'], buckets.map((b) => [b.bucket, b.texts, fmt(b.suite), fmt(b.raw), fmt(b.unbatched), fmt(b.transformersJs), (b.suite / b.raw).toFixed(2), (b.suite / b.unbatched).toFixed(2), b.transformersJs ? (b.suite / b.transformersJs).toFixed(2) : undefined])));
  const defaults = report.default_emotion as Record<string, number>;
  markdown.push(markdownTable(['other measures', 'value'], [
    ['all four plugins, events/s (four int8 models, both sides)', fmt(allPlugins.eventsPerSecond)],
    ['all four plugins, p99 ms per event', fmt(allPlugins.latencyMs.p99)],
    ['peak RSS with the four int8 MiniLM-shaped models loaded (MB)', peakRssMb],
    ...(report.fp32 ? [['fp32 model, suite / raw ORT (0% repeats)', (report.fp32 as Record<string, number>).suite_vs_raw_ort]] : []),
    ['default-emotion model, suite texts/s', defaults.suite_texts_per_s],
    ['default-emotion suite / MiniLM int8 suite (texts/s)', defaults.suite_vs_minilm_int8_suite],
  ]));
  process.stdout.write(`\n${markdown.join('\n\n')}\n`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
