import type { Example } from './example';
import type { ProblemType } from './loss';
import { computeMetrics, roundMetrics, type Metrics } from './metrics';
import { decode } from './scores';

export interface EvalContext {
  labels: string[];
  problemType: ProblemType;
  /** Index of the label the core ignores in single-label decoding (OTHER), or -1. */
  ignored: number;
  /** Multi-label: index of the label written exactly when no other passes (neutral), or -1. */
  fallback: number;
}

/** Labels that metrics average over: all of them for multi-label, all but OTHER for single-label. */
export function scoredLabels(ctx: EvalContext): number[] {
  return ctx.labels.map((_, i) => i).filter((i) => i !== ctx.ignored);
}

/** Gold label sets with OTHER removed (OTHER = no label). */
export function goldSets(examples: readonly Example[], ctx: EvalContext): number[][] {
  return examples.map((e) => e.labels.filter((l) => l !== ctx.ignored));
}

/** Label sets without the labels each example's source does not annotate. */
export function withoutUnknown(examples: readonly Example[], sets: number[][]): number[][] {
  return sets.map((set, i) => {
    const unknown = examples[i].unknown;
    return unknown ? set.filter((l) => !unknown.includes(l)) : set;
  });
}

/** `onlyPresent`: average over the labels that occur in `examples` (for per-source subsets). */
export function evaluate(examples: readonly Example[], probs: Float32Array, thresholds: Float32Array, ctx: EvalContext, onlyPresent = false): Metrics {
  const predicted = withoutUnknown(examples, decode(probs, ctx.labels.length, ctx.problemType, thresholds, ctx.ignored, ctx.fallback));
  const gold = withoutUnknown(examples, goldSets(examples, ctx));
  const present = new Set(gold.flat());
  const scored = scoredLabels(ctx).filter((l) => !onlyPresent || present.has(l));
  return roundMetrics(computeMetrics(gold, predicted, ctx.labels, scored));
}

/** Metrics per data source (olid, davidson, sgd ...) plus all together. */
export function evaluateBySource(examples: readonly Example[], probs: Float32Array, thresholds: Float32Array, ctx: EvalContext): Record<string, Metrics> {
  const L = ctx.labels.length;
  const result: Record<string, Metrics> = { all: evaluate(examples, probs, thresholds, ctx) };
  const sources = [...new Set(examples.map((e) => e.source))];
  if (sources.length < 2) return result;
  for (const source of sources) {
    const idx = examples.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0);
    const sub = new Float32Array(idx.length * L);
    idx.forEach((i, j) => sub.set(probs.subarray(i * L, i * L + L), j * L));
    result[source] = evaluate(idx.map((i) => examples[i]), sub, thresholds, ctx, true);
  }
  return result;
}
