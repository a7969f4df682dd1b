export interface LabelMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

export interface Metrics {
  n: number;
  macro_f1: number;
  micro_f1: number;
  per_label: Record<string, LabelMetrics>;
}

const f1Of = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Per-label and averaged metrics over `scored` labels (e.g. every label but OTHER). */
export function computeMetrics(gold: readonly (readonly number[])[], predicted: readonly (readonly number[])[], labelNames: readonly string[], scored: readonly number[]): Metrics {
  const tp = new Float64Array(labelNames.length);
  const fp = new Float64Array(labelNames.length);
  const fn = new Float64Array(labelNames.length);
  gold.forEach((goldSet, i) => {
    const predSet = predicted[i];
    for (const l of predSet) (goldSet.includes(l) ? tp : fp)[l]++;
    for (const l of goldSet) if (!predSet.includes(l)) fn[l]++;
  });
  const perLabel: Record<string, LabelMetrics> = {};
  let macro = 0;
  let sTp = 0;
  let sFp = 0;
  let sFn = 0;
  for (const l of scored) {
    const f1 = f1Of(tp[l], fp[l], fn[l]);
    perLabel[labelNames[l]] = {
      precision: tp[l] + fp[l] === 0 ? 0 : tp[l] / (tp[l] + fp[l]),
      recall: tp[l] + fn[l] === 0 ? 0 : tp[l] / (tp[l] + fn[l]),
      f1,
      support: tp[l] + fn[l],
      predicted: tp[l] + fp[l],
    };
    macro += f1;
    sTp += tp[l];
    sFp += fp[l];
    sFn += fn[l];
  }
  return { n: gold.length, macro_f1: macro / Math.max(1, scored.length), micro_f1: f1Of(sTp, sFp, sFn), per_label: perLabel };
}

/** Metrics rounded to 4 decimals for reports. */
export function roundMetrics(metrics: Metrics): Metrics {
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  const perLabel = Object.fromEntries(
    Object.entries(metrics.per_label).map(([k, m]) => [k, { precision: r(m.precision), recall: r(m.recall), f1: r(m.f1), support: m.support, predicted: m.predicted }]),
  );
  return { n: metrics.n, macro_f1: r(metrics.macro_f1), micro_f1: r(metrics.micro_f1), per_label: perLabel };
}
