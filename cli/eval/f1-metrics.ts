export interface LabelMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface F1Report {
  macro_f1: number;
  micro_f1: number;
  per_label: Record<string, LabelMetrics>;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;
const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);
const f1Of = (precision: number, recall: number): number => ratio(2 * precision * recall, precision + recall);

/**
 * Set-based precision/recall/F1 per label over examples (gold set vs predicted set). Macro and micro average over
 * the labels that occur in the gold or predicted sets (as scikit-learn does by default), minus `excludedFromAverages`.
 */
export function f1Report(gold: ReadonlyArray<ReadonlySet<string>>, predicted: ReadonlyArray<ReadonlySet<string>>, labels: readonly string[], excludedFromAverages: ReadonlySet<string>): F1Report {
  const counts = new Map(labels.map((label) => [label, { tp: 0, fp: 0, fn: 0, seen: false }]));
  gold.forEach((goldSet, index) => {
    const predictedSet = predicted[index];
    for (const [label, count] of counts) {
      const inGold = goldSet.has(label);
      const inPredicted = predictedSet.has(label);
      if (inGold && inPredicted) count.tp++;
      else if (inPredicted) count.fp++;
      else if (inGold) count.fn++;
      if (inGold || inPredicted) count.seen = true;
    }
  });
  const perLabel: Record<string, LabelMetrics> = {};
  let macroSum = 0;
  let macroCount = 0;
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const [label, count] of counts) {
    const precision = ratio(count.tp, count.tp + count.fp);
    const recall = ratio(count.tp, count.tp + count.fn);
    const f1 = f1Of(precision, recall);
    perLabel[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support: count.tp + count.fn };
    if (!count.seen || excludedFromAverages.has(label)) continue;
    macroSum += f1;
    macroCount++;
    micro.tp += count.tp;
    micro.fp += count.fp;
    micro.fn += count.fn;
  }
  const microF1 = f1Of(ratio(micro.tp, micro.tp + micro.fp), ratio(micro.tp, micro.tp + micro.fn));
  return { macro_f1: round(ratio(macroSum, macroCount)), micro_f1: round(microF1), per_label: perLabel };
}
