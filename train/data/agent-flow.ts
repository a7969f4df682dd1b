import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../csv';
import type { Example, TaskData } from '../example';
import { loadHandwritten } from './handwritten';
import { dedupeAcrossSplits, mergeSplits, splitThree } from './split-by-source';
import { splitOff } from '../split-off';

export const AGENT_FLOW_LABELS = [
  'OTHER',
  'success_and_followup_assistance',
  'no_information_doesnt_know',
  'agent_goodbye',
  'apologizes_for_mistake_or_error',
  'refuses_to_answer',
];
const id = (label: string): number => AGENT_FLOW_LABELS.indexOf(label);

/** SGD system acts -> one label by priority. */
export function sgdSystemLabel(acts: Set<string>): string {
  if (acts.has('NOTIFY_FAILURE')) return 'no_information_doesnt_know';
  if (acts.has('GOODBYE')) return 'agent_goodbye';
  if (acts.has('REQ_MORE')) return 'success_and_followup_assistance';
  return 'OTHER';
}

export function loadAgentFlow(dataDir: string, seed: number): TaskData {
  const sgdTrain: Example[] = [];
  const sgdDev: Example[] = [];
  for (const row of parseCsvRecords(readFileSync(join(dataDir, 'sgd-dialogue-acts', 'sgd_system_flow_turns.csv'), 'utf8'))) {
    // The SGD test split is held out for independent evaluation: never read.
    if (row['speaker'] !== 'SYSTEM' || (row['split'] !== 'train' && row['split'] !== 'dev')) continue;
    const example = { text: row['utterance'], labels: [id(sgdSystemLabel(new Set(row['acts'].split('|'))))], source: 'sgd' };
    (row['split'] === 'train' ? sgdTrain : sgdDev).push(example);
  }
  const [sgdTrainPart, sgdDevPart] = splitOff(sgdTrain, 0.1, seed + 1);
  const hand = loadHandwritten('agent-flow.jsonl').map((r): Example => ({ text: r.text, labels: [id(r.label)], source: 'handwritten' }));
  const splits = dedupeAcrossSplits(
    mergeSplits([{ train: sgdTrainPart, dev: sgdDevPart, heldout: sgdDev }, splitThree(hand, 0.25, 0.1, seed + 2)]),
  );
  return {
    labels: AGENT_FLOW_LABELS,
    ...splits,
    notes: [
      'SGD system turns (sgd_system_flow_turns.csv): rows of the SGD train split train (10% seeded as dev); rows of the SGD dev split are the held-out set; rows of the SGD test split are never read.',
      'One label per turn by priority: NOTIFY_FAILURE -> no_information_doesnt_know ("Sorry, I couldn\'t ..."); else GOODBYE -> agent_goodbye; else REQ_MORE -> success_and_followup_assistance ("Anything else I can help with?"); everything else (OFFER, REQUEST, CONFIRM, INFORM, NOTIFY_SUCCESS ...) -> OTHER.',
      `Handwritten examples (train/handwritten/agent-flow.jsonl, ${hand.length} texts written by the project, not copied from any data set): refuses_to_answer and apologizes_for_mistake_or_error (their only source); LLM-style no_information_doesnt_know ("I don't have internet access / real-time data", "I don't know"), success_and_followup_assistance and agent_goodbye; ordinary LLM answers (code, explanations, travel, support, math, health, including polite "sorry to hear" and "unfortunately" answers) as OTHER; 25% held out, 10% dev.`,
      'Texts appearing in held-out or dev are removed from train (exact, case-insensitive).',
    ],
  };
}
