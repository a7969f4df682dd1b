import type { ProblemType } from './loss';

/** Label probabilities from raw logits (flat n x labels): sigmoid or row-wise softmax. */
export function probabilities(logits: Float32Array, labels: number, problemType: ProblemType): Float32Array {
  const out = new Float32Array(logits.length);
  if (problemType === 'multi_label_classification') {
    for (let i = 0; i < logits.length; i++) out[i] = 1 / (1 + Math.exp(-logits[i]));
    return out;
  }
  for (let base = 0; base < logits.length; base += labels) {
    let max = -Infinity;
    for (let l = 0; l < labels; l++) max = Math.max(max, logits[base + l]);
    let sum = 0;
    for (let l = 0; l < labels; l++) sum += Math.exp(logits[base + l] - max);
    for (let l = 0; l < labels; l++) out[base + l] = Math.exp(logits[base + l] - max) / sum;
  }
  return out;
}

/**
 * Predicted label sets, as the plugins decide. Multi-label: every label at or over its threshold, except
 * `fallback` (neutral), which is the set exactly when no other label passes. Single-label: the highest
 * label at or over its threshold that is not `ignored` (OTHER), else nothing.
 */
export function decode(probs: Float32Array, labels: number, problemType: ProblemType, thresholds: Float32Array, ignored: number, fallback = -1): number[][] {
  const out: number[][] = [];
  for (let base = 0; base < probs.length; base += labels) {
    if (problemType === 'multi_label_classification') {
      const set: number[] = [];
      for (let l = 0; l < labels; l++) if (l !== fallback && probs[base + l] >= thresholds[l]) set.push(l);
      out.push(set.length === 0 && fallback >= 0 ? [fallback] : set);
      continue;
    }
    let bestLabel = -1;
    for (let l = 0; l < labels; l++) {
      if (l === ignored || probs[base + l] < thresholds[l]) continue;
      if (bestLabel < 0 || probs[base + l] > probs[base + bestLabel]) bestLabel = l;
    }
    out.push(bestLabel < 0 ? [] : [bestLabel]);
  }
  return out;
}

/** Single-label argmax decisions (the ignored label = nothing), used to score dev during training. */
export function argmaxDecode(probs: Float32Array, labels: number, ignored: number): number[][] {
  const out: number[][] = [];
  for (let base = 0; base < probs.length; base += labels) {
    let best = 0;
    for (let l = 1; l < labels; l++) if (probs[base + l] > probs[base + best]) best = l;
    out.push(best === ignored ? [] : [best]);
  }
  return out;
}
