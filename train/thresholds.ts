import type { ProblemType } from './loss';

const grid = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let t = from; t <= to + 1e-9; t += step) out.push(Math.round(t * 1000) / 1000);
  return out;
};

function countsAt(probs: Float32Array, labels: number, gold: readonly (readonly number[])[], label: number, t: number, argmaxOnly: boolean): [number, number, number] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((set, i) => {
    const base = i * labels;
    let predicted = probs[base + label] >= t;
    if (predicted && argmaxOnly) for (let l = 0; l < labels; l++) if (probs[base + l] > probs[base + label]) predicted = false;
    const positive = set.includes(label);
    if (predicted && positive) tp++;
    else if (predicted) fp++;
    else if (positive) fn++;
  });
  return [tp, fp, fn];
}

/**
 * Per-label thresholds tuned on dev. Multi-label: the F1-best threshold in 0.05..0.95 (among those
 * keeping the benign false-positive rate within its cap, when one is given).
 * Single-label: thresholds >= 0.5 (so the decision is the argmax, whatever order the core applies
 * thresholds in) maximising F1 among those reaching `minPrecision`, else the most precise one.
 */
export function tuneThresholds(
  probs: Float32Array,
  labels: number,
  gold: readonly (readonly number[])[],
  problemType: ProblemType,
  ignored: number,
  minPrecision: number,
  /** Multi-label: F1 is averaged over these index groups (data sources) that hold the label. */
  groups: number[][] = [gold.map((_, i) => i)],
  /** Multi-label: at most `maxRate` of these (benign, label-free) examples may reach the threshold. */
  benign?: BenignCap,
): Float32Array {
  const thresholds = new Float32Array(labels).fill(0.5);
  const multi = problemType === 'multi_label_classification';
  for (let l = 0; l < labels; l++) {
    if (l === ignored) continue;
    let bestT = 0.5;
    let bestKey = -Infinity;
    for (const t of multi ? grid(0.05, 0.95, 0.01) : grid(0.5, 0.99, 0.01)) {
      const [tp, fp, fn] = countsAt(probs, labels, gold, l, t, !multi);
      const f1 = multi ? groupedF1(probs, labels, gold, l, t, groups) : tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
      const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
      // Single-label: meeting the precision floor beats any F1 below it.
      const key = multi ? multiKey(f1, probs, labels, l, t, benign) : (precision >= minPrecision ? 10 : 0) + (precision >= minPrecision ? f1 : precision);
      if (key > bestKey + 1e-12) {
        bestKey = key;
        bestT = t;
      }
    }
    thresholds[l] = bestT;
  }
  return thresholds;
}

export interface BenignCap {
  indices: number[];
  maxRate: number;
}

/** Share of the benign examples whose score for `label` reaches `t`. */
export function benignRate(probs: Float32Array, labels: number, label: number, t: number, indices: readonly number[]): number {
  let flagged = 0;
  for (const i of indices) if (probs[i * labels + label] >= t) flagged++;
  return indices.length === 0 ? 0 : flagged / indices.length;
}

/** F1 when the benign cap holds (offset +10), otherwise the lower the benign rate the better. */
function multiKey(f1: number, probs: Float32Array, labels: number, label: number, t: number, benign: BenignCap | undefined): number {
  if (!benign || benign.indices.length === 0) return f1;
  const rate = benignRate(probs, labels, label, t, benign.indices);
  return rate <= benign.maxRate ? 10 + f1 : -rate;
}

function groupedF1(probs: Float32Array, labels: number, gold: readonly (readonly number[])[], label: number, t: number, groups: number[][]): number {
  let sum = 0;
  let n = 0;
  for (const idx of groups) {
    if (!idx.some((i) => gold[i].includes(label))) continue;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const i of idx) {
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
