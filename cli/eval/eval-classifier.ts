import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import type { ClassifierSpec, ModelSlot } from '../../shared';
import { UsageError } from '../cli-error';

export interface SlotOfSpec {
  spec: ClassifierSpec;
  slot: ModelSlot;
}

const ALL_SLOTS: readonly SlotOfSpec[] = CLASSIFIER_SPECS.flatMap((spec) => spec.models.map((slot) => ({ spec, slot })));
export const SLOT_IDS = ALL_SLOTS.map(({ slot }) => slot.id);

/** `--classifier user-flow`, or the slot whose reference labels hold the most of the model's labels. */
export function evalSlot(requested: string | undefined, modelLabels: readonly string[]): SlotOfSpec {
  if (requested !== undefined) {
    const chosen = ALL_SLOTS.find(({ slot }) => slot.id === requested);
    if (!chosen) throw new UsageError(`--classifier must be one of ${SLOT_IDS.join(', ')}, got ${JSON.stringify(requested)}`);
    return chosen;
  }
  const overlap = ALL_SLOTS.map((candidate) => ({ candidate, count: modelLabels.filter((label) => candidate.slot.labels.includes(label)).length }));
  const best = Math.max(...overlap.map(({ count }) => count));
  const tied = overlap.filter(({ count }) => count === best);
  if (best === 0 || tied.length > 1) {
    throw new UsageError(`--model: cannot tell which classifier the model's labels belong to (${best === 0 ? 'none is a reference label' : `as close to ${tied.map(({ candidate }) => candidate.slot.id).join(' as to ')}`}); pass --classifier ${SLOT_IDS.join('|')}`);
  }
  return tied[0].candidate;
}
