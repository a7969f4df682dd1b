import type { Example, TaskData } from '../example';

/** One scored set: examples of one data source, and whether thresholds or early stopping were tuned on it. */
export interface EvalSet {
  source: string;
  examples: Example[];
  tunedOn: boolean;
}

/**
 * The sets a task reports on: its held-out examples per source, plus, for sources with nothing held out
 * (GoEmotions dev, GPTFuzz evaluate.csv), their dev examples, marked as tuned on.
 */
export function evalSets(data: TaskData): EvalSet[] {
  const bySource = (examples: Example[]): Map<string, Example[]> => {
    const groups = new Map<string, Example[]>();
    for (const e of examples) groups.set(e.source, [...(groups.get(e.source) ?? []), e]);
    return groups;
  };
  const heldout = bySource(data.heldout === data.dev ? [] : data.heldout);
  const sets: EvalSet[] = [...heldout].map(([source, examples]) => ({ source, examples, tunedOn: false }));
  for (const [source, examples] of bySource(data.dev)) if (!heldout.has(source)) sets.push({ source, examples, tunedOn: true });
  return sets;
}
