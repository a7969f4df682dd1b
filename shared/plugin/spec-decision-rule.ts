import { type DecisionRule, thresholdsFor } from '../decode/label-decision';
import type { ClassifierSpec } from './classifier-spec';

/** How `spec` decides the written label for a model with `labels`: the rule the plugins apply and `llm-classify eval` scores. */
export function decisionRuleFor(spec: ClassifierSpec, labels: readonly string[], userThreshold: number | undefined, modelThresholds: Record<string, number> | undefined): DecisionRule {
  return {
    thresholds: thresholdsFor(labels, userThreshold, modelThresholds, spec.defaultThreshold),
    fallbackLabel: spec.fallbackLabel,
    ignoredLabels: new Set(spec.ignoredLabels),
    scoreRule: spec.scoreRule,
  };
}
