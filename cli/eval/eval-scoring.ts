import type { ClassifierSpec, LabelDecision } from '../../shared';
import { type F1Report, f1Report } from './f1-metrics';

export interface EvalReport extends F1Report {
  /** Multi-label classifiers: every label over its threshold (what `writeLabelList` writes) against the gold set. */
  label_list?: F1Report;
  /** Toxicity-style classifiers (score = highest of any label): "some label was written" against "the text has a gold label". */
  any_label?: { precision: number; recall: number; f1: number; support: number };
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/** Gold labels of one example; an empty list is the classifier's fallback (neutral, non_toxic, OTHER). */
function goldSet(labels: readonly string[], spec: ClassifierSpec): Set<string> {
  const real = labels.filter((label) => label !== spec.fallbackLabel && !spec.ignoredLabels.includes(label));
  return new Set(real.length > 0 ? real : [spec.fallbackLabel]);
}

/**
 * Scores what the plugin writes. The main figures compare the one written label with the gold labels; the fallback
 * class is averaged in when the model has it as an output (GoEmotions' neutral, flow's OTHER), else only reported.
 */
export function scoreDecisions(goldLabels: ReadonlyArray<readonly string[]>, decisions: readonly LabelDecision[], spec: ClassifierSpec, modelLabels: readonly string[], multiLabel: boolean): EvalReport {
  const gold = goldLabels.map((labels) => goldSet(labels, spec));
  const fallbackIsOutput = modelLabels.includes(spec.fallbackLabel);
  const classes = fallbackIsOutput ? [...modelLabels] : [...modelLabels, spec.fallbackLabel];
  const notAveraged = new Set(fallbackIsOutput ? [] : [spec.fallbackLabel]);
  const report: EvalReport = f1Report(gold, decisions.map((decision) => new Set([decision.label])), classes, notAveraged);
  if (multiLabel) {
    const lists = decisions.map((decision) => new Set(decision.passingLabels.length > 0 ? decision.passingLabels : [spec.fallbackLabel]));
    report.label_list = f1Report(gold, lists, classes, notAveraged);
  }
  if (spec.scoreRule === 'max') {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((set, index) => {
      const hasGold = !set.has(spec.fallbackLabel);
      const written = decisions[index].label !== spec.fallbackLabel;
      if (hasGold && written) tp++;
      else if (written) fp++;
      else if (hasGold) fn++;
    });
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    report.any_label = { precision: round(precision), recall: round(recall), f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)), support: tp + fn };
  }
  return report;
}
