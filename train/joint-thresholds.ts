/** A replacement for the per-label threshold tuning of `thresholds.ts`, with its description for the model card. */
export interface ThresholdTuner {
  /** `gold[i]`: label ids of dev text i without the ignored label; `groups`: dev indices per data source. */
  tune(probs: Float32Array, labels: number, gold: readonly (readonly number[])[], ignored: number, groups: number[][]): Float32Array;
  description: string;
}


/**
 * Single-label thresholds tuned together under the plugins' rule (the highest label at or over its
 * threshold, the ignored label excluded, else the fallback): coordinate ascent from `maxThreshold` down a
 * 0.05..maxThreshold grid, maximising macro-F1 averaged over the dev sources (each over the labels it holds).
 */
export function jointThresholdTuner(maxThreshold: number, minSupport: number, passes = 3): ThresholdTuner {
  const grid = Array.from({ length: Math.round((maxThreshold - 0.05) / 0.05) + 1 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);
  return {
    description: `tuned together on dev under the plugins' decision rule (the highest-probability label at or over its threshold, \`other\` excluded, else \`other\`): coordinate ascent from ${maxThreshold.toFixed(2)} over 0.05..${maxThreshold.toFixed(2)} in steps of 0.05 (higher thresholds would send long chat prompts, whose probabilities spread over many topics, to the fallback), ${passes} passes, maximising macro-F1 averaged over the dev sources, each source over its labels with at least ${minSupport} dev texts (all its labels when none has that many), so the titles do not drown the chat prompts and a label seen twice in a source does not weigh as much as one seen 150 times`,
    tune(probs, labels, gold, ignored, groups) {
      const macro = (t: Float32Array): number => groupedMacroF1(probs, labels, gold, ignored, groups, t, minSupport);
      const thresholds = new Float32Array(labels).fill(maxThreshold);
      let best = macro(thresholds);
      for (let pass = 0; pass < passes; pass++) {
        for (let l = 0; l < labels; l++) {
          if (l === ignored) continue;
          let bestT = thresholds[l];
          for (const t of grid) {
            thresholds[l] = t;
            const score = macro(thresholds);
            if (score > best + 1e-9) {
              best = score;
              bestT = t;
            }
          }
          thresholds[l] = bestT;
        }
      }
      return thresholds;
    },
  };
}

/** The plugins' single-label decision per text: label id, or -1 for the fallback. */
export function decideIds(probs: Float32Array, labels: number, thresholds: Float32Array, ignored: number): Int32Array {
  const n = probs.length / labels;
  const out = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const base = i * labels;
    let bestP = -1;
    for (let l = 0; l < labels; l++) {
      const p = probs[base + l];
      if (l !== ignored && p >= thresholds[l] && p > bestP) {
        bestP = p;
        out[i] = l;
      }
    }
  }
  return out;
}

function groupedMacroF1(probs: Float32Array, labels: number, gold: readonly (readonly number[])[], ignored: number, groups: number[][], thresholds: Float32Array, minSupport: number): number {
  const predicted = decideIds(probs, labels, thresholds, ignored);
  let sum = 0;
  for (const idx of groups) {
    const tp = new Float64Array(labels);
    const fp = new Float64Array(labels);
    const fn = new Float64Array(labels);
    const support = new Float64Array(labels);
    for (const i of idx) {
      const g = gold[i].length > 0 ? gold[i][0] : -1;
      const p = predicted[i];
      if (g >= 0) support[g]++;
      if (p >= 0 && p === g) tp[p]++;
      else {
        if (p >= 0) fp[p]++;
        if (g >= 0) fn[g]++;
      }
    }
    const present = [...support.keys()].filter((l) => support[l] > 0);
    const frequent = present.filter((l) => support[l] >= minSupport);
    const scored = frequent.length > 0 ? frequent : present;
    let macro = 0;
    for (const l of scored) macro += tp[l] === 0 ? 0 : (2 * tp[l]) / (2 * tp[l] + fp[l] + fn[l]);
    sum += scored.length === 0 ? 0 : macro / scored.length;
  }
  return groups.length === 0 ? 0 : sum / groups.length;
}
