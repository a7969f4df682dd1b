import { benignFpr, benignGroups } from './benign-fpr';
import type { Example } from './example';
import { evaluate, evaluateBySource, goldSets, withoutUnknown, type EvalContext } from './evaluate';
import { buildFeatureSpace, featureRowCount, featureRows } from './features';
import { foldAndQuantize, foldedLogits } from './folded';
import { classWeights, positiveWeights, type LossSettings } from './loss';
import { computeMetrics, type Metrics } from './metrics';
import { argmaxDecode, decode, probabilities } from './scores';
import type { TaskSpec } from './tasks';
import { tuneThresholds, type BenignCap } from './thresholds';
import { RUNTIME_MAX_TOKENS } from './runtime-defaults';
import { bertPieceTokenizer } from './tokenize';
import { trainBagModel } from './train-loop';
import type { TrainedTask } from './trained-task';

/** Loads the data, trains, folds and quantises, tunes thresholds on dev and measures held-out metrics. */
export function trainTask(spec: TaskSpec, dataDir: string, seed: number, log: (line: string) => void): TrainedTask {
  const started = Date.now();
  const data = spec.load(dataDir, seed);
  const ignored = spec.ignoredLabel === undefined ? -1 : data.labels.indexOf(spec.ignoredLabel);
  const fallback = spec.fallbackLabel === undefined ? -1 : data.labels.indexOf(spec.fallbackLabel);
  const ctx: EvalContext = { labels: data.labels, problemType: spec.problemType, ignored, fallback };
  // The label thresholds are never tuned for: OTHER (single-label) or neutral (multi-label, the fallback).
  const untuned = spec.problemType === 'multi_label_classification' ? fallback : ignored;
  log(`${spec.name}: ${data.labels.length} labels; train ${data.train.length}, dev ${data.dev.length}, held-out ${data.heldout.length}`);

  // Cut where the plugins cut by default, so training sees what inference sees.
  const tokenizer = bertPieceTokenizer(RUNTIME_MAX_TOKENS);
  const encodeAll = (examples: Example[]): Int32Array[] => examples.map((e) => tokenizer.encode(e.text));
  const trainIds = encodeAll(data.train);
  const devIds = encodeAll(data.dev);
  const heldoutIds = data.heldout === data.dev ? devIds : encodeAll(data.heldout);
  log(`tokenized in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const families = [{ offsets: [0, 1], buckets: spec.bigramBuckets, minCount: spec.minBigramCount }, ...(spec.extraNgrams ?? [])];
  const space = buildFeatureSpace(trainIds, tokenizer.vocabSize, spec.minPieceCount, families, spec.bigramPrime);
  log(`kept ${space.unigramRows - 1} pieces (+1 shared row); n-grams ${space.families.map((f) => `[${f.offsets.join(',')}]: ${f.rows} rows of ${f.buckets} buckets`).join(', ')}`);
  const trainLabels = data.train.map((e) => e.labels);
  const L = data.labels.length;
  const loss: LossSettings = {
    problemType: spec.problemType,
    labelWeights:
      spec.problemType === 'multi_label_classification'
        ? positiveWeights(trainLabels, L, spec.weightPower, spec.weightCap, data.train.map((e) => e.unknown))
        : classWeights(trainLabels, L, spec.weightPower),
    labelSmoothing: spec.labelSmoothing,
  };
  const devGold = goldSets(data.dev, ctx);
  const devUnknown = data.dev.map((e) => e.unknown);
  const devKnownGold = withoutUnknown(data.dev, devGold);
  // Each data source weighs the same in dev scoring and threshold tuning (Davidson must not drown OLID).
  const benignSources = spec.benignSources ?? [];
  const devGroups = sourceGroups(data.dev).filter((idx) => !benignSources.includes(data.dev[idx[0]].source));
  const cap: BenignCap | undefined = benignSources.length ? { groups: benignGroups(data.dev, benignSources), maxRate: spec.maxBenignRate ?? 0.01 } : undefined;
  const primary = spec.primaryLabel === undefined ? -1 : data.labels.indexOf(spec.primaryLabel);
  const devScore = (logits: Float32Array): number => {
    const probs = probabilities(logits, L, spec.problemType);
    const scored = data.labels.map((_, i) => i).filter((i) => i !== ignored);
    const predicted = withoutUnknown(
      data.dev,
      spec.problemType === 'multi_label_classification'
        ? decode(probs, L, spec.problemType, tuneThresholds(probs, L, devGold, spec.problemType, untuned, 0, devGroups, cap, devUnknown, primary), ignored, fallback)
        : argmaxDecode(probs, L, ignored),
    );
    const perGroup = devGroups.map((idx) => {
      const gold = idx.map((i) => devKnownGold[i]);
      const present = new Set(gold.flat());
      return computeMetrics(gold, idx.map((i) => predicted[i]), data.labels, scored.filter((l) => present.has(l))).macro_f1;
    });
    return perGroup.reduce((a, b) => a + b, 0) / perGroup.length;
  };
  const input = {
    rows: featureRowCount(space),
    labels: L,
    train: trainIds.map((ids) => featureRows(ids, space)),
    trainLabels,
    trainUnknown: data.train.map((e) => e.unknown),
    trainRepeats: data.train.map((e) => spec.sourceRepeats[e.source] ?? 1),
    dev: devIds.map((ids) => featureRows(ids, space)),
    loss,
    devScore,
    log,
  };
  // Members differ only in their seed (initialisation, shuffling, dropout).
  const members = Array.from({ length: spec.train.ensemble ?? 1 }, (_, k) => {
    if (k > 0) log(`ensemble member ${k + 1}`);
    return trainBagModel(input, { ...spec.train, seed: seed + 1000 * k });
  });
  const result = members[0];

  const graph = foldAndQuantize(members.map((m) => m.model), space);
  const devProbs = probabilities(foldedLogits(graph, space, devIds), L, spec.problemType);
  const thresholds = spec.thresholdTuner
    ? spec.thresholdTuner.tune(devProbs, L, devGold, ignored, devGroups)
    : tuneThresholds(devProbs, L, devGold, spec.problemType, untuned, spec.minPrecision, devGroups, cap, devUnknown, primary);
  const heldoutLogits = foldedLogits(graph, space, heldoutIds);
  const heldoutProbs = probabilities(heldoutLogits, L, spec.problemType);
  const metrics: Record<string, Metrics | Record<string, Metrics>> = {
    dev_tuned: evaluate(data.dev, devProbs, thresholds, ctx),
    heldout: withoutSources(evaluateBySource(data.heldout, heldoutProbs, thresholds, ctx), benignSources),
  };
  const fpr = benignSources.length
    ? { heldout: benignFpr(data.heldout, heldoutProbs, thresholds, ctx, benignSources), dev: benignFpr(data.dev, devProbs, thresholds, ctx, benignSources) }
    : undefined;
  if (fpr) log(`benign false-positive rate: held-out ${JSON.stringify(fpr.heldout)}`);
  // Sources scored only on the set they were tuned on (GoEmotions dev, GPTFuzz evaluate.csv) also get an honest estimate.
  const heldoutSources = new Set(data.heldout === data.dev ? [] : data.heldout.map((e) => e.source));
  const tunedOnly = [...new Set(data.dev.map((e) => e.source))].filter((source) => !heldoutSources.has(source));
  if (tunedOnly.length > 0) {
    metrics['dev_split_half'] = Object.fromEntries(
      tunedOnly.map((source) => {
        const idx = data.dev.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0);
        const sub = new Float32Array(idx.length * L);
        idx.forEach((i, j) => sub.set(devProbs.subarray(i * L, i * L + L), j * L));
        return [source, splitHalf(idx.map((i) => data.dev[i]), sub, ctx, spec)];
      }),
    );
  }
  const seconds = (Date.now() - started) / 1000;
  log(`trained in ${seconds.toFixed(0)} s; best epoch ${members.map((m) => m.bestEpoch).join(', ')}`);
  return { spec, data, ctx, tokenizer, space, graph, thresholds, metrics, benignFpr: fpr, heldoutIds, heldoutLogits, bestEpoch: result.bestEpoch, history: result.history, seconds, seed };
}

/** Honest estimate when the tuning set is also the reported set: tune on one half of dev, score the other, both ways. */
function splitHalf(dev: Example[], probs: Float32Array, ctx: EvalContext, spec: TaskSpec): Metrics {
  const L = ctx.labels.length;
  const halves = [0, 1].map((h) => dev.map((_, i) => i).filter((i) => i % 2 === h));
  const pick = (idx: number[]): Float32Array => {
    const out = new Float32Array(idx.length * L);
    idx.forEach((i, j) => out.set(probs.subarray(i * L, i * L + L), j * L));
    return out;
  };
  const parts = [0, 1].map((h) => {
    const tuneIdx = halves[h];
    const testIdx = halves[1 - h];
    const t = tuneThresholds(pick(tuneIdx), L, goldSets(tuneIdx.map((i) => dev[i]), ctx), spec.problemType, spec.problemType === 'multi_label_classification' ? ctx.fallback : ctx.ignored, spec.minPrecision);
    return evaluate(testIdx.map((i) => dev[i]), pick(testIdx), t, ctx);
  });
  const avg = (a: number, b: number): number => Math.round(((a + b) / 2) * 10000) / 10000;
  return { n: dev.length, macro_f1: avg(parts[0].macro_f1, parts[1].macro_f1), micro_f1: avg(parts[0].micro_f1, parts[1].micro_f1), per_label: {} };
}

/** Per-source metrics without the benign sources (no labels there: their false-positive rate is reported instead). */
function withoutSources(bySource: Record<string, Metrics>, drop: readonly string[]): Record<string, Metrics> {
  return Object.fromEntries(Object.entries(bySource).filter(([source]) => !drop.includes(source)));
}

/** Indices of the examples of each data source. */
function sourceGroups(examples: readonly Example[]): number[][] {
  const groups = new Map<string, number[]>();
  examples.forEach((e, i) => groups.set(e.source, [...(groups.get(e.source) ?? []), i]));
  return [...groups.values()];
}
