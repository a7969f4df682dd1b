import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../csv';
import type { Example, TaskData } from '../example';
import { splitOff } from '../split-off';
import { composeLongAnswers } from './compose-long';
import { REFUSAL_CUE, loadGptfuzz } from './gptfuzz';
import { handwrittenExamples, loadHandwritten } from './handwritten';
import { dedupeAcrossSplits, mergeSplits } from './split-by-source';

/** The agent-flow reference labels (all nine of DESIGN.md "Label vocabulary"), in id order. */
export const AGENT_FLOW_LABELS = [
  'OTHER',
  'agent_apology_error_mistake',
  'agent_apology_unsatisfactory',
  'agent_didnt_understand',
  'agent_limited_capabilities',
  'agent_refuses_answer',
  'image_limitations',
  'no_information_doesnt_know',
  'success_and_followup_assistance',
];
const id = (label: string): number => AGENT_FLOW_LABELS.indexOf(label);
const OTHER = id('OTHER');

/** Labels whose sentence decides the answer wherever it stands, so they are also trained inside long answers. */
const PRESENCE_LABELS = ['agent_apology_error_mistake', 'agent_apology_unsatisfactory', 'agent_didnt_understand', 'agent_limited_capabilities', 'agent_refuses_answer', 'image_limitations', 'no_information_doesnt_know'].map(id);

/** SGD system acts -> one label; undefined = dropped (a failed booking is neither "doesn't know" nor OTHER). */
export function sgdSystemLabel(acts: Set<string>): string | undefined {
  if (acts.has('NOTIFY_FAILURE')) return undefined;
  if (acts.has('REQ_MORE')) return 'success_and_followup_assistance';
  return 'OTHER';
}

function loadSgd(dataDir: string, split: 'train' | 'dev'): Example[] {
  const out: Example[] = [];
  for (const row of parseCsvRecords(readFileSync(join(dataDir, 'sgd-dialogue-acts', 'sgd_system_flow_turns.csv'), 'utf8'))) {
    // The SGD test split is held out for independent evaluation: never read.
    if (row['speaker'] !== 'SYSTEM' || row['split'] !== split) continue;
    const label = sgdSystemLabel(new Set(row['acts'].split('|')));
    if (label !== undefined) out.push({ text: row['utterance'], labels: [id(label)], source: 'sgd' });
  }
  return out;
}

/**
 * GPTFuzz: refused (label 0) -> agent_refuses_answer; complied (label 1) -> OTHER, except complying
 * answers that also hold a refusal sentence (one persona refuses, another answers), dropped from training.
 */
function gptfuzzExamples(dataDir: string, file: 'train.csv' | 'evaluate.csv', dropMixed: boolean): Example[] {
  return loadGptfuzz(dataDir, file)
    .filter((r) => !dropMixed || r.refused || !REFUSAL_CUE.test(r.text))
    .map((r) => ({ text: r.text, labels: [r.refused ? id('agent_refuses_answer') : OTHER], source: 'gptfuzz' }));
}

export function loadAgentFlow(dataDir: string, seed: number): TaskData {
  const sgdTrain = loadSgd(dataDir, 'train');
  const [sgdTrainPart, sgdDevPart] = splitOff(sgdTrain, 0.1, seed + 1);
  const hand = handwrittenExamples('agent-flow.jsonl', AGENT_FLOW_LABELS, 'handwritten');
  const [handTrain, handDev] = splitOff(hand, 0.15, seed + 2);
  const bodies = loadHandwritten('answer-bodies.jsonl').map((row) => row.text);
  const presence = handTrain.filter((e) => PRESENCE_LABELS.includes(e.labels[0]));
  // Long answers around OTHER and follow-up sentences stay OTHER: a closing "let me know if..." does not make a long answer a follow-up turn.
  const plain = handTrain.filter((e) => !PRESENCE_LABELS.includes(e.labels[0])).map((e) => ({ ...e, labels: [OTHER] }));
  const composed = [...composeLongAnswers(presence, bodies, 2, seed + 3), ...composeLongAnswers(plain, bodies, 1, seed + 4)];
  const bodyExamples = bodies.map((text): Example => ({ text, labels: [OTHER], source: 'handwritten' }));
  const splits = dedupeAcrossSplits(
    mergeSplits([
      { train: sgdTrainPart, dev: sgdDevPart, heldout: loadSgd(dataDir, 'dev') },
      { train: gptfuzzExamples(dataDir, 'train.csv', true), dev: gptfuzzExamples(dataDir, 'evaluate.csv', false), heldout: [] },
      { train: [...handTrain, ...bodyExamples, ...composed], dev: handDev, heldout: [...handwrittenExamples('agent-flow.dev.jsonl', AGENT_FLOW_LABELS, 'handwritten-dev'), ...handwrittenExamples('agent-flow.dev-fresh.jsonl', AGENT_FLOW_LABELS, 'handwritten-fresh')] },
    ]),
  );
  return {
    labels: AGENT_FLOW_LABELS,
    ...splits,
    notes: [
      'SGD system turns (sgd_system_flow_turns.csv): rows of the SGD train split train (10% seeded as dev); rows of the SGD dev split are held out; rows of the SGD test split are never read. REQ_MORE ("Anything else I can help with?") -> success_and_followup_assistance; NOTIFY_FAILURE ("Sorry, I couldn\'t book ...", a failed action, neither not knowing nor OTHER) dropped; everything else (OFFER, INFORM, CONFIRM, GOODBYE ...) -> OTHER.',
      'GPTFuzz responses (ChatGPT answers to jailbreak prompts, hand-labeled by the authors), unique texts: label 0 (refused, lectured or deflected without the requested content) -> agent_refuses_answer; label 1 (complied) -> OTHER. train.csv trains, except complying answers that also contain a refusal sentence (one persona refuses, another complies: a refusal sentence there does not make the answer a refusal, and a bag of words cannot tell the personas apart), which are dropped; evaluate.csv (other questions) is the dev set for early stopping and thresholds, all rows kept.',
      `Written examples (train/handwritten/agent-flow.jsonl, ${hand.length} texts written by the project in the style of ChatGPT, Claude, Llama, Gemini and Mistral answers, not copied from any data set), 15% seeded as dev: every label, above all refusals, apologies, capability and image limits, not knowing, not understanding; ordinary answers as OTHER, with hard negatives ("I can't stress enough...", "sorry to hear that", "unfortunately the free tier...").`,
      `Long answers composed from written parts (train part only): each refusal, apology, limitation, not-knowing or not-understanding sentence placed twice at the start, the middle or the end of one or two of ${bodies.length} written answer bodies (train/handwritten/answer-bodies.jsonl), keeping its label; OTHER and follow-up sentences placed once the same way, as OTHER (a closing "let me know if you need anything else" does not make a long answer a follow-up turn); the bodies alone as OTHER.`,
      'Held out and never tuned on: SGD dev-split rows, train/handwritten/agent-flow.dev.jsonl (written separately from the training examples, with their own long answers; looked at while developing) and agent-flow.dev-fresh.jsonl (written last and scored once, for an unbiased number).',
      'Texts appearing in held-out or dev are removed from train (exact, case-insensitive).',
    ],
  };
}
