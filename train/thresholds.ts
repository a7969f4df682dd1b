import type { ProblemType } from './loss';

const grid = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let t = from; t <= to + 1e-9; t += step) out.push(Math.round(t * 1000) / 1000);
  return out;
};

/** Weight per example so that every group (data source) weighs the same in total. */
function groupWeights(n: number, groups: number[][]): Float64Array {
  const weights = new Float64Array(n);
  for (const idx of groups) for (const i of idx) weights[i] += 1 / idx.length;
  return weights;
}

/**
 * Per-label thresholds tuned on dev. Multi-label: the F1-best threshold in 0.05..0.95 (among those
 * keeping the benign false-positive rate within its cap, when one is given); with a `primary` label (toxic),
 * that one first, and no other label below it, so that the others add few texts the primary does not flag.
 * Single-label: see tuneSingleLabel.
 */
export function tuneThresholds(
  probs: Float32Array,
  labels: number,
  gold: readonly (readonly number[])[],
  problemType: ProblemType,
  ignored: number,
  minPrecision: number,
  /** Index groups (data sources): multi-label F1 is averaged over those holding the label; single-label counts weigh each group the same. */
  groups: number[][] = [gold.map((_, i) => i)],
  /** Multi-label: at most `maxRate` of these (benign, label-free) examples may reach the threshold. */
  benign?: BenignCap,
  /** Multi-label: per example, the labels its source does not annotate (left out of the counts). */
  unknown: readonly (readonly number[] | undefined)[] = [],
  /** Multi-label: the label every other threshold stays at or above (-1: none). */
  primary = -1,
): Float32Array {
  if (problemType === 'single_label_classification') return tuneSingleLabel(probs, labels, gold, ignored, minPrecision, groupWeights(gold.length, groups));
  const thresholds = new Float32Array(labels).fill(0.5);
  const order = primary >= 0 ? [primary, ...Array.from({ length: labels }, (_, l) => l).filter((l) => l !== primary)] : Array.from({ length: labels }, (_, l) => l);
  for (const l of order) {
    if (l === ignored) continue;
    let bestT = 0.5;
    let bestKey = -Infinity;
    for (const t of grid(primary >= 0 && l !== primary ? thresholds[primary] : 0.05, 0.95, 0.01)) {
      const key = multiKey(groupedF1(probs, labels, gold, l, t, groups, unknown), probs, labels, l, t, benign);
      if (key > bestKey + 1e-12) {
        bestKey = key;
        bestT = t;
      }
    }
    thresholds[l] = bestT;
  }
  if (ignored >= 0 && !benign) refineWithFallback(probs, labels, gold, ignored, thresholds);
  return thresholds;
}

/**
 * Multi-label with a fallback label (neutral: written exactly when no other label passes), whose F1 every
 * other threshold moves: coordinate ascent, per label, on that label's F1 plus the fallback's.
 */
function refineWithFallback(probs: Float32Array, labels: number, gold: readonly (readonly number[])[], fallback: number, thresholds: Float32Array): void {
  const n = gold.length;
  const passing = new Int32Array(n);
  for (let i = 0; i < n; i++) for (let l = 0; l < labels; l++) if (l !== fallback && probs[i * labels + l] >= thresholds[l]) passing[i]++;
  const goldFallback = gold.map((set) => set.includes(fallback));
  // [tp, fp, fn]
  const count = (c: number[], predicted: boolean, positive: boolean): void => {
    if (predicted && positive) c[0]++;
    else if (predicted) c[1]++;
    else if (positive) c[2]++;
  };
  const f1 = ([tp, fp, fn]: number[]): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  for (let pass = 0; pass < 2; pass++) {
    for (let l = 0; l < labels; l++) {
      if (l === fallback) continue;
      const goldL = gold.map((set) => set.includes(l));
      for (let i = 0; i < n; i++) if (probs[i * labels + l] >= thresholds[l]) passing[i]--;
      const ts = grid(0.05, 0.95, 0.01);
      const keys = ts.map((t) => {
        const own = [0, 0, 0];
        const ofFallback = [0, 0, 0];
        for (let i = 0; i < n; i++) {
          const predicted = probs[i * labels + l] >= t;
          count(own, predicted, goldL[i]);
          count(ofFallback, !predicted && passing[i] === 0, goldFallback[i]);
        }
        return f1(own) + f1(ofFallback);
      });
      const bestT = ts[keys.indexOf(Math.max(...keys))];
      thresholds[l] = bestT;
      for (let i = 0; i < n; i++) if (probs[i * labels + l] >= bestT) passing[i]++;
    }
  }
}

/** Lowest single-label threshold: below it a few dev texts decide, and unseen text gets labels it should not. */
const SINGLE_LABEL_FLOOR = 0.35;

/**
 * Single-label thresholds for the plugins' rule: a text gets the highest-scoring label (never `ignored`,
 * OTHER) among those at or over their thresholds. Per label, by coordinate ascent with the others fixed, the
 * threshold in 0.35..0.95 with the best F1 among those reaching `minPrecision`, else the most precise one (the
 * middle of the run of equally good thresholds);
 * counts are weighted (`weights`, e.g. every data source weighing the same).
 */
function tuneSingleLabel(probs: Float32Array, labels: number, gold: readonly (readonly number[])[], ignored: number, minPrecision: number, weights: Float64Array): Float32Array {
  const thresholds = new Float32Array(labels).fill(0.5);
  const n = gold.length;
  const bestOther = new Float32Array(n);
  for (let pass = 0; pass < 2; pass++) {
    for (let l = 0; l < labels; l++) {
      if (l === ignored) continue;
      // The best competing label that passes its own threshold, per text.
      for (let i = 0; i < n; i++) {
        let best = -1;
        for (let k = 0; k < labels; k++) if (k !== l && k !== ignored && probs[i * labels + k] >= thresholds[k]) best = Math.max(best, probs[i * labels + k]);
        bestOther[i] = best;
      }
      const keys: Array<[number, number]> = [];
      for (const t of grid(SINGLE_LABEL_FLOOR, 0.95, 0.01)) {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (let i = 0; i < n; i++) {
          const p = probs[i * labels + l];
          const predicted = p >= t && p > bestOther[i];
          const positive = gold[i].includes(l);
          if (predicted && positive) tp += weights[i];
          else if (predicted) fp += weights[i];
          else if (positive) fn += weights[i];
        }
        const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
        const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
        // Meeting the precision floor beats any F1 below it.
        keys.push([t, precision >= minPrecision ? 10 + f1 : precision]);
      }
      // The middle of the best plateau: on a small dev set, its edges are where one text tips the count.
      const bestKey = Math.max(...keys.map(([, key]) => key));
      const plateau = keys.filter(([, key]) => key >= bestKey - 1e-9).map(([t]) => t);
      const bestT = plateau[Math.floor(plateau.length / 2)];
      thresholds[l] = bestT;
    }
  }
  return thresholds;
}

export interface BenignCap {
  /** Indices of the benign (label-free) examples, one group per source (see benignRate). */
  groups: number[][];
  maxRate: number;
}

/**
 * Share of benign examples whose score for `label` reaches `t`: pooled over the sources, or twice that for
 * the worst source of at least 100 examples if higher (a source of 16 texts says little at a 1% cap).
 */
export function benignRate(probs: Float32Array, labels: number, label: number, t: number, groups: readonly (readonly number[])[]): number {
  let flagged = 0;
  let total = 0;
  let worst = 0;
  for (const indices of groups) {
    let inGroup = 0;
    for (const i of indices) if (probs[i * labels + label] >= t) inGroup++;
    flagged += inGroup;
    total += indices.length;
    if (indices.length >= 100) worst = Math.max(worst, inGroup / indices.length / 2);
  }
  return Math.max(total === 0 ? 0 : flagged / total, worst);
}

/** F1 when the benign cap holds (offset +10), otherwise the lower the benign rate the better. */
function multiKey(f1: number, probs: Float32Array, labels: number, label: number, t: number, benign: BenignCap | undefined): number {
  if (!benign || benign.groups.length === 0) return f1;
  const rate = benignRate(probs, labels, label, t, benign.groups);
  return rate <= benign.maxRate ? 10 + f1 : -rate;
}

function groupedF1(probs: Float32Array, labels: number, gold: readonly (readonly number[])[], label: number, t: number, groups: number[][], unknown: readonly (readonly number[] | undefined)[]): number {
  let sum = 0;
  let n = 0;
  for (const idx of groups) {
    if (!idx.some((i) => gold[i].includes(label))) continue;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const i of idx) {
      if (unknown[i]?.includes(label)) continue;
      const predicted = probs[i * labels + label] >= t;
      const positive = gold[i].includes(label);
      if (predicted && positive) tp++;
      else if (predicted) fp++;
      else if (positive) fn++;
    }
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    n++;
  }
  return n === 0 ? 0 : sum / n;
}
