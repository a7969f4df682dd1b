import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as suite from '../index';
import * as emotion from '../plugins/emotion';
import { CLASSIFIER_SPECS } from '../plugins/classifier-specs';
import { SLOT_IDS } from '../modelgen/model-slots';
import { classifierSettingRows, packageRoot } from '../shared';
import { BENCH_USAGE, type BenchArgs, parseBenchArgs } from './bench-args';
import { type Quantization, miniLmBenchModel } from './bench-models';
import { generateCorpus } from './corpus';
import { alternateSuites } from './alternating-suites';
import { measureLanguageCost } from './language-cost';
import { corpusTexts, interleavedTexts } from './corpus-texts';
import { encodeTexts, loadFolderTokenizer } from './bench-tokenizer';
import { LENGTH_BUCKETS, groupIndicesByBucket } from './length-buckets';
import { type Comparison, compareEngines } from './interleaved-comparison';
import { tuneTokenBudget } from './raw-ort';
import { spreadSample } from './sample-texts';
import { SuiteRunner, eventsCarrying, percentile } from './suite-throughput';

// `npm run bench`: the suite's processEvent against raw onnxruntime, transformers.js and one run per text,
// all in one run, on the same model and the same texts. Ratios, not absolute numbers, are what to compare.

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const ratio = (a: number, b: number): number => Number((a / b).toFixed(2));
const round = (n: number): number => Number(n.toFixed(1));
/** Padded tokens computed over real tokens run, minus 1, in percent: what padding cost an engine. */
const paddingPercent = (paddedTokens: number, tokens: number): number => (paddedTokens / tokens - 1) * 100;

/** A MiniLM-shaped model folder per model slot id; `--models DIR` takes downloaded reference models (`minilm-<slot>`) where they exist. */
type ModelSet = Record<string, string>;

function modelSet(args: BenchArgs, quantization: Quantization): ModelSet {
  const cache = join(packageRoot(), '.bench-models');
  const folderOf = (slotId: string): string => {
    const downloaded = args.models === undefined ? undefined : join(args.models, `minilm-${slotId}`);
    return downloaded !== undefined && existsSync(downloaded) ? downloaded : miniLmBenchModel(cache, slotId, quantization);
  };
  return Object.fromEntries(SLOT_IDS.map((slotId) => [slotId, folderOf(slotId)]));
}

/** Suite settings that put every slot's model of `models` in place. */
function suiteModelSettings(models: ModelSet): Record<string, string> {
  return Object.fromEntries(CLASSIFIER_SPECS.flatMap((spec) => classifierSettingRows(spec, spec.name).models.map(({ slot, setting }) => [setting.key, models[slot.id]])));
}

const CHUNKS = 8;
const LANGUAGE_COST_EVENTS = 2000;
const BUCKET_CHUNK_EVENTS = 200;

/** The four engines on one corpus with one model (the emotion plugin classifies both sides of every event). */
async function compareOnCorpus(args: BenchArgs, modelDir: string, repeatShare: number, tokenBudget: number): Promise<Comparison> {
  const events = generateCorpus({ events: args.events, repeatShare });
  log(`  ${Math.round(repeatShare * 100)}% repeats: ${events.length} events`);
  const comparison = await compareEngines(events, { modelDir, plugin: emotion, pluginConfig: {}, concurrency: args.concurrency, tokenBudget, chunks: CHUNKS, withTransformersJs: !args.skipTransformersJs });
  log(`    ${comparison.texts} texts: suite ${comparison.suite.textsPerSecond.toFixed(1)}, raw ${comparison.raw.textsPerSecond.toFixed(1)}, unbatched ${comparison.unbatched.textsPerSecond.toFixed(1)}${comparison.transformersJs ? `, transformers.js ${comparison.transformersJs.textsPerSecond.toFixed(1)}` : ''} texts/s (suite: ${comparison.suite.sessionRuns} session runs, ${comparison.suite.cacheHits} cache hits)`);
  return comparison;
}

interface BucketRow {
  bucket: string;
  comparison: Comparison;
}

/**
 * Each engine on each length bucket's texts alone (the same texts for all four), one text per event, in
 * chunks of about 200 events so the suite reaches its steady state (64 in flight) rather than one burst.
 */
async function compareByBucket(args: BenchArgs, modelDir: string, tokenBudget: number): Promise<BucketRow[]> {
  const texts = interleavedTexts(corpusTexts(generateCorpus({ events: args.events, repeatShare: 0 })));
  const groups = groupIndicesByBucket(encodeTexts(loadFolderTokenizer(modelDir), texts, 256).map((ids) => ids.length));
  const rows: BucketRow[] = [];
  for (const { name } of LENGTH_BUCKETS) {
    const bucketTexts = spreadSample(groups[name].map((index) => texts[index]), args.bucketLimit);
    if (bucketTexts.length === 0) continue;
    const comparison = await compareEngines(eventsCarrying(bucketTexts), { modelDir, plugin: emotion, pluginConfig: { classifySides: 'user' }, concurrency: args.concurrency, tokenBudget, chunks: Math.max(1, Math.round(bucketTexts.length / BUCKET_CHUNK_EVENTS)), withTransformersJs: !args.skipTransformersJs });
    rows.push({ bucket: name, comparison });
    log(`    bucket ${name}: ${bucketTexts.length} texts, suite ${comparison.suite.textsPerSecond.toFixed(1)} / raw ${comparison.raw.textsPerSecond.toFixed(1)} / unbatched ${comparison.unbatched.textsPerSecond.toFixed(1)} texts/s`);
  }
  return rows;
}

function summary(comparison: Comparison): Record<string, number> {
  const { raw, suite: suiteRun, unbatched, transformersJs } = comparison;
  return {
    texts: comparison.texts,
    raw_ort_texts_per_s: round(raw.textsPerSecond),
    suite_texts_per_s: round(suiteRun.textsPerSecond),
    suite_events_per_s: round(suiteRun.eventsPerSecond),
    unbatched_texts_per_s: round(unbatched.textsPerSecond),
    ...(transformersJs ? { transformersjs_texts_per_s: round(transformersJs.textsPerSecond), suite_vs_transformersjs: ratio(suiteRun.textsPerSecond, transformersJs.textsPerSecond) } : {}),
    suite_vs_raw_ort: ratio(suiteRun.textsPerSecond, raw.textsPerSecond),
    suite_vs_unbatched: ratio(suiteRun.textsPerSecond, unbatched.textsPerSecond),
    // The engine's own limit for suite_vs_unbatched on these texts: what batching alone can give.
    raw_ort_vs_unbatched: ratio(raw.textsPerSecond, unbatched.textsPerSecond),
    p50_ms: round(suiteRun.latencyMs.p50),
    p95_ms: round(suiteRun.latencyMs.p95),
    p99_ms: round(suiteRun.latencyMs.p99),
    session_runs: suiteRun.sessionRuns,
    suite_padding_percent: round(paddingPercent(suiteRun.paddedTokensRun, suiteRun.tokensRun)),
    raw_ort_padding_percent: round(paddingPercent(raw.paddedTokens, raw.tokens)),
    texts_run: suiteRun.textsRun,
    cache_hits: suiteRun.cacheHits,
    cpu_percent: round(suiteRun.cpuPercent),
  };
}

function peakRssWithAllModels(models: ModelSet): number {
  const script = join(packageRoot(), 'dist', 'bench', 'peak-rss-cli.js');
  const output = execFileSync(process.execPath, [script, JSON.stringify(suiteModelSettings(models))], { encoding: 'utf8' });
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

  log(`  every plugin (suite, ${SLOT_IDS.length} int8 models)`);
  const allEvents = generateCorpus({ events: args.allPluginsEvents });
  const allPluginsRunner = await new SuiteRunner(suite, { ...suiteModelSettings(int8), timeoutMs: '600000' }, args.concurrency).start(); // no time budget: measure throughput, not pass-through
  const allPluginsRun = await allPluginsRunner.run(allEvents);
  await allPluginsRunner.stop();
  const allPlugins = { eventsPerSecond: allEvents.length / allPluginsRun.wallSeconds, p99Ms: percentile(allPluginsRun.latenciesMs.sort((a, b) => a - b), 0.99) };
  const peakRssMb = peakRssWithAllModels(int8);
  log(`  all plugins: ${allPlugins.eventsPerSecond.toFixed(1)} events/s; peak RSS with every model ${peakRssMb} MB`);

  report.int8 = { ...summary(int8Plain), token_budget: bestBudget, peak_rss_mb: peakRssMb, all_plugins_events_per_s: round(allPlugins.eventsPerSecond), all_plugins_p99_ms: round(allPlugins.p99Ms) };
  report.int8_30pct_repeats = summary(int8Repeats);
  report.int8_by_length_bucket = buckets.map((row) => ({ bucket: row.bucket, ...summary(row.comparison) }));
  // The headline fields the issue asks for, at the top level: 0%-repeat corpus, int8 models.
  Object.assign(report, { ...summary(int8Plain), peak_rss_mb: peakRssMb });

  let fp32: Comparison | undefined;
  if (!args.skipFp32 && !args.models) {
    const fp32Models = modelSet(args, 'fp32');
    log(`fp32 MiniLM-shaped model: ${fp32Models.emotion}`);
    fp32 = await compareOnCorpus(args, fp32Models.emotion, 0, bestBudget);
    report.fp32 = summary(fp32);
  }

  log('default-tier model (models/default-emotion), with and without the language gate, and the int8 MiniLM-shaped model through the suite, in turns on the same events');
  const defaultModel = join(packageRoot(), 'models', 'default-emotion');
  // As shipped: the default model declares English, so its texts go through the language gate; the MiniLM shape declares nothing.
  // Another seed and cache sizes of their own: neither set-up is answered from results of the runs above.
  const tiers = await alternateSuites(
    generateCorpus({ events: args.events, seed: 21 }),
    {
      defaults: { plugin: emotion, config: { modelDir: defaultModel, cacheSize: '10002' } },
      defaultsUngated: { plugin: emotion, config: { modelDir: defaultModel, languageGate: 'no', cacheSize: '10003' } },
      minilm: { plugin: emotion, config: { modelDir: int8.emotion, cacheSize: '10004' } },
    },
    args.concurrency,
    CHUNKS,
    generateCorpus({ events: 250, seed: 22 }),
  );
  report.default_emotion = {
    texts: tiers.texts,
    suite_texts_per_s: round(tiers.textsPerSecond.defaults),
    language_gate_off_suite_texts_per_s: round(tiers.textsPerSecond.defaultsUngated),
    minilm_int8_suite_texts_per_s: round(tiers.textsPerSecond.minilm),
    suite_vs_minilm_int8_suite: ratio(tiers.textsPerSecond.defaults, tiers.textsPerSecond.minilm),
    language_gate_off_vs_minilm_int8_suite: ratio(tiers.textsPerSecond.defaultsUngated, tiers.textsPerSecond.minilm),
  };
  log('default-tier model with language detection off and on (another seed: texts new to the detector)');
  // At least 2,000 events in chunks of 250: the default model is fast enough that smaller chunks measure mostly noise.
  const languageEvents = Math.max(args.events, LANGUAGE_COST_EVENTS);
  const language = await measureLanguageCost(generateCorpus({ events: languageEvents, seed: 11 }), emotion, defaultModel, args.concurrency, languageEvents / 250, generateCorpus({ events: 250, seed: 12 }));
  report.default_emotion_language = {
    texts: language.texts,
    detection_off_texts_per_s: round(language.offTextsPerSecond),
    detection_on_texts_per_s: round(language.onTextsPerSecond),
    detection_cost_percent: round((1 - language.onTextsPerSecond / language.offTextsPerSecond) * 100),
  };

  const fmt = (n: number | undefined): string | undefined => (n === undefined ? undefined : n.toFixed(1));
  const ratioCell = (a: number, b: number | undefined): string | undefined => (b === undefined ? undefined : (a / b).toFixed(2));
  const cells = (comparison: Comparison): Array<string | number | undefined> => [
    comparison.texts,
    fmt(comparison.suite.textsPerSecond),
    fmt(comparison.raw.textsPerSecond),
    fmt(comparison.unbatched.textsPerSecond),
    fmt(comparison.transformersJs?.textsPerSecond),
    ratioCell(comparison.suite.textsPerSecond, comparison.raw.textsPerSecond),
    ratioCell(comparison.suite.textsPerSecond, comparison.unbatched.textsPerSecond),
    ratioCell(comparison.suite.textsPerSecond, comparison.transformersJs?.textsPerSecond),
    ratioCell(comparison.raw.textsPerSecond, comparison.unbatched.textsPerSecond),
  ];
  const header = ['texts', 'suite texts/s', 'raw ORT', 'one run per text', 'transformers.js', 'suite / raw ORT', 'suite / one run per text', 'suite / transformers.js', 'raw ORT / one run per text'];
  markdown.push(markdownTable(['int8 MiniLM shape, corpus', ...header, 'suite events/s', 'suite p50 / p99 ms'], [
    ['0% repeated texts', ...cells(int8Plain), fmt(int8Plain.suite.eventsPerSecond), `${fmt(int8Plain.suite.latencyMs.p50)} / ${fmt(int8Plain.suite.latencyMs.p99)}`],
    ['30% repeated texts', ...cells(int8Repeats), fmt(int8Repeats.suite.eventsPerSecond), `${fmt(int8Repeats.suite.latencyMs.p50)} / ${fmt(int8Repeats.suite.latencyMs.p99)}`],
  ]));
  markdown.push(markdownTable(['int8, by length (tokens)', ...header], buckets.map((row) => [row.bucket, ...cells(row.comparison)])));
  markdown.push(markdownTable(['other measures', 'value'], [
    ...(fp32 ? [['fp32 MiniLM shape (0% repeats): suite / raw ORT, / one run per text, / transformers.js; raw ORT / one run per text', `${[ratioCell(fp32.suite.textsPerSecond, fp32.raw.textsPerSecond), ratioCell(fp32.suite.textsPerSecond, fp32.unbatched.textsPerSecond), ratioCell(fp32.suite.textsPerSecond, fp32.transformersJs?.textsPerSecond) ?? '-'].join(', ')}; ${ratioCell(fp32.raw.textsPerSecond, fp32.unbatched.textsPerSecond)}`]] : []),
    [`every plugin (${SLOT_IDS.length} int8 models, both sides): events/s, p99 ms`, `${fmt(allPlugins.eventsPerSecond)}, ${fmt(allPlugins.p99Ms)}`],
    [`peak RSS, suite with the ${SLOT_IDS.length} int8 MiniLM-shaped models loaded (MB)`, peakRssMb],
    ['raw onnxruntime token budget (tuned in this run)', bestBudget],
    ['padding (tokens computed beyond the texts\' own, 0% repeats): suite, raw ORT (%)', `${fmt(paddingPercent(int8Plain.suite.paddedTokensRun, int8Plain.suite.tokensRun))}, ${fmt(paddingPercent(int8Plain.raw.paddedTokens, int8Plain.raw.tokens))}`],
    ['default-emotion model with the language gate (as shipped) and without, vs the int8 MiniLM shape, all through the suite in turns on the same events: texts/s; ratios', `${fmt(tiers.textsPerSecond.defaults)} / ${fmt(tiers.textsPerSecond.defaultsUngated)} vs ${fmt(tiers.textsPerSecond.minilm)}; ${ratioCell(tiers.textsPerSecond.defaults, tiers.textsPerSecond.minilm)} / ${ratioCell(tiers.textsPerSecond.defaultsUngated, tiers.textsPerSecond.minilm)}`],
    ['default-emotion model, language detection off / on (every text, as for a model declaring its languages): suite texts/s; cost', `${fmt(language.offTextsPerSecond)} / ${fmt(language.onTextsPerSecond)}; ${fmt((1 - language.onTextsPerSecond / language.offTextsPerSecond) * 100)}%`],
  ]));
  process.stdout.write(`\n${markdown.join('\n\n')}\n`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
