import { logWarning } from '../log';
import type { ModelSlot } from './classifier-spec';

const warnedModels = new Set<string>();

/** The model's labels that are not in its slot's reference vocabulary (a user's own fine-tuned model may have some). */
export function labelsOutsideSlot(labels: readonly string[], slot: ModelSlot): string[] {
  return labels.filter((label) => !slot.labels.includes(label));
}

/**
 * Warns once per model folder and slot when a model writes labels the reference models never write: dashboards
 * built on the reference names will not see them. The model still works.
 */
export function warnOnLabelsOutsideSlot(modelDir: string, labels: readonly string[], slot: ModelSlot): void {
  const outside = labelsOutsideSlot(labels, slot);
  const key = `${slot.id}|${modelDir}`;
  if (outside.length === 0 || warnedModels.has(key)) return;
  warnedModels.add(key);
  logWarning(
    `model ${modelDir} (${slot.id}) has ${outside.length} label${outside.length === 1 ? '' : 's'} outside the reference ${slot.id} vocabulary: ${outside.join(', ')}; ` +
      'they are written as they are, and filters built on the reference label names will not match them',
  );
}
