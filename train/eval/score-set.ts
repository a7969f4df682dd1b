import { type DecisionRule, decideLabel } from '../../shared';
import { computeMetrics, roundMetrics, type Metrics } from '../metrics';
import type { EvalSet } from './eval-sets';

/** What the plugin writes for one text, and the labels over their thresholds. */
export interface Written {
  label: string;
  passing: string[];
}

export interface SetScore {
  source: string;
  tunedOn: boolean;
  n: number;
  /** Per label the plugin can write (never the fallback), over the written label: what a dashboard counts. */
  written: Metrics;
  /** Multi-label models: over the sets of passing labels (the fallback when none passes), GoEmotions' own metric. */
  passing?: Metrics;
  /** Multi-label models: "any label written" against "any gold label" (toxic vs non_toxic). */
  any?: { precision: number; recall: number; f1: number; support: number };
  /** Sets without any gold label (benign text): share of texts given a label. */
  labeledRate?: number;
}

/** The plugin's decisions for every text of a set. */
export function writtenLabels(probabilities: Float32Array[], labels: readonly string[], rule: DecisionRule): Written[] {
  return probabilities.map((p) => {
    const decision = decideLabel(p, labels, rule);
    return { label: decision.label, passing: decision.passingLabels };
  });
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * Scores the plugin's output on one set. `goldNames` name the examples' label ids, `names` are the model's
 * labels; the fallback (`neutral`, `non_toxic`, `OTHER`) counts as "no label" in `written` and as a label
 * in `passing` when the model has it. A gold label the model does not know counts as missed.
 */
export function scoreSet(set: EvalSet, written: Written[], goldNames: readonly string[], names: readonly string[], rule: DecisionRule, multiLabel: boolean): SetScore {
  const fallback = rule.fallbackLabel;
  const all = [...new Set([...names, fallback, ...goldNames])];
  const index = (label: string): number => all.indexOf(label);
  const fallbackIndex = index(fallback);
  const gold = set.examples.map((e) => e.labels.map((l) => index(goldNames[l])));
  const present = new Set(gold.flat());
  const writable = all.map((_, i) => i).filter((i) => i !== fallbackIndex && !rule.ignoredLabels.has(all[i]));
  const scored = (pool: number[]): number[] => pool.filter((i) => present.has(i));
  const writtenSets = written.map((w) => (w.label === fallback ? [] : [index(w.label)]));
  const goldWithoutFallback = gold.map((g) => g.filter((l) => l !== fallbackIndex));
  const score: SetScore = {
    source: set.source,
    tunedOn: set.tunedOn,
    n: set.examples.length,
    // Multi-label gold: the one written label is right when it is any of the gold labels (its recall counts every gold label).
    written: roundMetrics(computeMetrics(goldWithoutFallback, writtenSets, all, scored(writable))),
  };
  if (multiLabel) {
    const passingSets = written.map((w) => (w.passing.length > 0 ? w.passing.map(index) : names.includes(fallback) ? [fallbackIndex] : []));
    const goldSets = gold.map((g) => (g.length > 0 ? g : names.includes(fallback) ? [fallbackIndex] : []));
    score.passing = roundMetrics(computeMetrics(goldSets, passingSets, all, scored(all.map((_, i) => i).filter((i) => i !== fallbackIndex || names.includes(fallback)))));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    goldWithoutFallback.forEach((g, i) => {
      const predicted = writtenSets[i].length > 0;
      const positive = g.length > 0;
      if (predicted && positive) tp++;
      else if (predicted) fp++;
      else if (positive) fn++;
    });
    score.any = { precision: round(tp + fp === 0 ? 0 : tp / (tp + fp)), recall: round(tp + fn === 0 ? 0 : tp / (tp + fn)), f1: round(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)), support: tp + fn };
  }
  if (goldWithoutFallback.every((g) => g.length === 0)) score.labeledRate = round(writtenSets.filter((w) => w.length > 0).length / Math.max(1, writtenSets.length));
  return score;
}
