import { CLASSIFIER_SPECS } from '../plugins/classifier-specs';
import type { ModelSlot } from '../shared';

/** Every model slot of the suite by id (`emotion`, `user-flow`, ...): fixture and benchmark models take their label sets from here. */
export const MODEL_SLOTS: readonly ModelSlot[] = CLASSIFIER_SPECS.flatMap((spec) => spec.models);
export const SLOT_IDS: readonly string[] = MODEL_SLOTS.map((slot) => slot.id);

export function modelSlot(id: string): ModelSlot {
  const slot = MODEL_SLOTS.find((candidate) => candidate.id === id);
  if (slot === undefined) throw new Error(`unknown model slot ${JSON.stringify(id)}; the slots are ${SLOT_IDS.join(', ')}`);
  return slot;
}
