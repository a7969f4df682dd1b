import type { Example } from './example';
import type { EvalContext } from './evaluate';
import { decode } from './scores';

export interface BenignFpr {
  n: number;
  flagged: number;
  rate: number;
}

/** False-positive rate on benign (label-free) examples: share with any label decoded, per source and together. */
export function benignFpr(examples: readonly Example[], probs: Float32Array, thresholds: Float32Array, ctx: EvalContext, sources: readonly string[]): Record<string, BenignFpr> {
  const predicted = decode(probs, ctx.labels.length, ctx.problemType, thresholds, ctx.ignored, ctx.fallback);
  const out: Record<string, BenignFpr> = {};
  const add = (key: string, flagged: boolean): void => {
    const entry = out[key] ?? { n: 0, flagged: 0, rate: 0 };
    entry.n++;
    if (flagged) entry.flagged++;
    entry.rate = Math.round((entry.flagged / entry.n) * 10000) / 10000;
    out[key] = entry;
  };
  examples.forEach((e, i) => {
    if (!sources.includes(e.source)) return;
    add('all', predicted[i].length > 0);
    add(e.source, predicted[i].length > 0);
  });
  return out;
}

/** Indices of the examples from each benign source that has any. */
export function benignGroups(examples: readonly Example[], sources: readonly string[]): number[][] {
  return sources.map((source) => examples.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0)).filter((group) => group.length > 0);
}
