import type { ProblemType } from '../model/model-folder';

/** Turns one row of logits into probabilities: sigmoid per label (multi-label) or softmax over labels (single-label). */
export function logitsToProbabilities(logits: Float32Array, problemType: ProblemType): Float32Array {
  const probabilities = new Float32Array(logits.length);
  if (problemType === 'multi_label_classification') {
    for (let i = 0; i < logits.length; i++) probabilities[i] = 1 / (1 + Math.exp(-logits[i]));
    return probabilities;
  }
  let largest = -Infinity;
  for (const logit of logits) largest = Math.max(largest, logit);
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    probabilities[i] = Math.exp(logits[i] - largest);
    total += probabilities[i];
  }
  for (let i = 0; i < logits.length; i++) probabilities[i] /= total;
  return probabilities;
}
