/** How one classifier turns probabilities into the label written on the event. */
export interface DecisionRule {
  /** Threshold per label, in the model's label order. */
  thresholds: Float32Array;
  /** Written when no label passes its threshold (`neutral`, `non_toxic`, `OTHER`). */
  fallbackLabel: string;
  /** Labels that never win over a real label (a model's own `neutral` / `OTHER` output). */
  ignoredLabels: ReadonlySet<string>;
  /** `label`: the score is that of the written label; `max`: the highest probability of any label (toxicity). */
  scoreRule: 'label' | 'max';
}

export interface LabelDecision {
  label: string;
  score: number;
  /** Every non-ignored label at or over its threshold, highest first. */
  passingLabels: string[];
}

export function decideLabel(probabilities: Float32Array, labels: readonly string[], rule: DecisionRule): LabelDecision {
  const passing: Array<{ label: string; score: number }> = [];
  let highest = 0;
  for (let i = 0; i < labels.length; i++) {
    const score = probabilities[i];
    highest = Math.max(highest, score);
    if (!rule.ignoredLabels.has(labels[i]) && score >= rule.thresholds[i]) passing.push({ label: labels[i], score });
  }
  passing.sort((a, b) => b.score - a.score);
  const passingLabels = passing.map((entry) => entry.label);
  if (rule.scoreRule === 'max') return { label: passing[0]?.label ?? rule.fallbackLabel, score: highest, passingLabels };
  if (passing.length > 0) return { label: passing[0].label, score: passing[0].score, passingLabels };
  const fallbackIndex = labels.indexOf(rule.fallbackLabel);
  return { label: rule.fallbackLabel, score: fallbackIndex >= 0 ? probabilities[fallbackIndex] : highest, passingLabels };
}

/** Per-label thresholds: the user's single threshold when set, else the model's tuned ones, else the classifier's default. */
export function thresholdsFor(labels: readonly string[], userThreshold: number | undefined, modelThresholds: Record<string, number> | undefined, defaultThreshold: number): Float32Array {
  return Float32Array.from(labels, (label) => userThreshold ?? modelThresholds?.[label] ?? defaultThreshold);
}
