export type ProblemType = 'multi_label_classification' | 'single_label_classification';

export interface LossSettings {
  problemType: ProblemType;
  /** Multi-label: weight of the positive term per label (1 = plain BCE). Single-label: weight per class. */
  labelWeights: Float32Array;
  labelSmoothing: number;
}

/**
 * Writes d(loss)/d(logits) into `grad` and returns the loss of one example.
 * Multi-label: weighted binary cross-entropy on sigmoid, without the `unknown` labels; single-label: weighted cross-entropy on softmax.
 */
export function lossAndGrad(logits: Float32Array, labels: readonly number[], settings: LossSettings, grad: Float32Array, unknown: readonly number[] = []): number {
  const n = logits.length;
  const eps = settings.labelSmoothing;
  if (settings.problemType === 'multi_label_classification') {
    let loss = 0;
    for (let l = 0; l < n; l++) {
      if (unknown.includes(l)) {
        grad[l] = 0;
        continue;
      }
      const positive = labels.includes(l);
      const y = positive ? 1 - eps / 2 : eps / 2;
      const z = logits[l];
      const p = 1 / (1 + Math.exp(-z));
      const w = settings.labelWeights[l];
      // loss = -(w y log p + (1 - y) log(1 - p))
      grad[l] = w * y * (p - 1) + (1 - y) * p;
      const logP = z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
      const log1mP = logP - z;
      loss -= w * y * logP + (1 - y) * log1mP;
    }
    return loss;
  }
  let max = -Infinity;
  for (let l = 0; l < n; l++) max = Math.max(max, logits[l]);
  let sum = 0;
  for (let l = 0; l < n; l++) sum += Math.exp(logits[l] - max);
  const target = labels[0];
  const w = settings.labelWeights[target];
  let loss = 0;
  for (let l = 0; l < n; l++) {
    const p = Math.exp(logits[l] - max) / sum;
    const y = (l === target ? 1 - eps : 0) + eps / n;
    grad[l] = w * (p - y);
    if (y > 0) loss -= w * y * Math.log(Math.max(p, 1e-12));
  }
  return loss;
}

/** Positive-term weights (neg/pos)^power, capped: boosts rare labels in multi-label BCE. */
export function positiveWeights(labelSets: readonly (readonly number[])[], labels: number, power: number, cap: number, unknown: readonly (readonly number[] | undefined)[] = []): Float32Array {
  const pos = new Float64Array(labels);
  const known = new Float64Array(labels);
  labelSets.forEach((set, i) => {
    for (const l of set) pos[l]++;
    for (let l = 0; l < labels; l++) if (!unknown[i]?.includes(l)) known[l]++;
  });
  const weights = new Float32Array(labels);
  for (let l = 0; l < labels; l++) {
    const ratio = (known[l] - pos[l]) / Math.max(pos[l], 1);
    weights[l] = Math.min(cap, Math.max(1, Math.pow(ratio, power)));
  }
  return weights;
}

/** Class weights (n / (k * count))^power for single-label training. */
export function classWeights(labelSets: readonly (readonly number[])[], labels: number, power: number): Float32Array {
  const counts = new Float64Array(labels);
  for (const set of labelSets) counts[set[0]]++;
  const weights = new Float32Array(labels);
  for (let l = 0; l < labels; l++) weights[l] = Math.pow(labelSets.length / (labels * Math.max(counts[l], 1)), power);
  return weights;
}
