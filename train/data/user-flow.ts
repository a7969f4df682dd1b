import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../csv';
import type { Example, TaskData } from '../example';
import { splitOff } from '../split-off';
import { loadArenaPrompts } from './arena-hard';
import { handwrittenExamples, loadHandwritten } from './handwritten';
import { dedupeAcrossSplits, mergeSplits, splitThree } from './split-by-source';

/** The user-flow reference labels (all 21 of DESIGN.md "Label vocabulary"), in id order. */
export const USER_FLOW_LABELS = [
  'OTHER',
  'agrees_praising_thanking',
  'asks_source',
  'continue',
  'continue_or_finnish_code',
  'improve_or_modify_answer',
  'lack_of_understandment',
  'model_wrong_or_try_again',
  'more_listing_or_expand',
  'repeat_answers_or_question',
  'request_example',
  'user_complains_repetition',
  'user_doubts_answer',
  'user_goodbye',
  'user_reminds_question',
  'user_wants_agent_to_answer',
  'user_wants_explanation',
  'user_wants_more_detail',
  'user_wants_shorter_longer_answer',
  'user_wants_simplier_explanation',
  'user_wants_yes_or_no',
];
const id = (label: string): number => USER_FLOW_LABELS.indexOf(label);

const CLINC_MAP: Record<string, string> = {
  thank_you: 'agrees_praising_thanking',
  yes: 'agrees_praising_thanking',
  goodbye: 'user_goodbye',
  repeat: 'repeat_answers_or_question',
};

/** A user turn that tells the system it got something wrong, or asks it to try again. */
const CORRECTION = /\b(wrong|incorrect|not correct|(?:not|isn'?t) right(?! now| away| this| at the moment)|try again|mistake)\b/i;

/**
 * SGD user acts -> one label by priority; undefined = ambiguous, dropped. With the text: a NEGATE
 * ("That is not right, I want two tickets") or REQUEST_ALTS ("No, try again.") turn that says the
 * system is wrong or should try again is what model_wrong_or_try_again means in an LLM chat, so it
 * is neither OTHER nor more_listing_or_expand: dropped.
 */
export function sgdUserLabel(acts: Set<string>, text = ''): string | undefined {
  if ((acts.has('NEGATE') || acts.has('REQUEST_ALTS')) && CORRECTION.test(text)) return undefined;
  if (acts.has('GOODBYE')) return 'user_goodbye';
  if (acts.has('THANK_YOU')) return acts.has('INFORM_INTENT') ? undefined : 'agrees_praising_thanking';
  if (acts.has('REQUEST_ALTS')) return 'more_listing_or_expand';
  if (acts.has('AFFIRM') || acts.has('AFFIRM_INTENT')) return acts.size === 1 ? 'agrees_praising_thanking' : undefined;
  return 'OTHER';
}

type ClincItem = [string, string];

export function loadUserFlow(dataDir: string, seed: number): TaskData {
  const clinc = JSON.parse(readFileSync(join(dataDir, 'clinc150', 'data_train_val.json'), 'utf8')) as Record<string, ClincItem[]>;
  const clincExample = ([text, intent]: ClincItem): Example => ({ text, labels: [id(CLINC_MAP[intent] ?? 'OTHER')], source: 'clinc150' });
  const clincTrain = [...clinc['train'], ...clinc['oos_train']].map(clincExample);
  const clincVal = [...clinc['val'], ...clinc['oos_val']].map(clincExample);
  const [clincTrainPart, clincDevPart] = [clincTrain.filter((_, i) => i % 10 !== 0), clincTrain.filter((_, i) => i % 10 === 0)];

  const sgd: Example[] = [];
  let dropped = 0;
  for (const row of parseCsvRecords(readFileSync(join(dataDir, 'sgd-dialogue-acts', 'sgd_user_flow_turns_train.csv'), 'utf8'))) {
    if (row['split'] !== 'train' || row['speaker'] !== 'USER') continue;
    const label = sgdUserLabel(new Set(row['acts'].split('|')), row['utterance']);
    if (label === undefined) {
      dropped++;
      continue;
    }
    sgd.push({ text: row['utterance'], labels: [id(label)], source: 'sgd' });
  }
  const hand = handwrittenExamples('user-flow.jsonl', USER_FLOW_LABELS, 'handwritten');
  const [arenaTrain, arenaHeldout] = splitOff(loadArenaPrompts(dataDir).map((text): Example => ({ text, labels: [id('OTHER')], source: 'arena-hard' })), 0.3, seed + 3);
  const splits = dedupeAcrossSplits(
    mergeSplits([
      { train: clincTrainPart, dev: clincDevPart, heldout: clincVal },
      splitThree(sgd, 0.15, 0.1, seed + 1),
      { ...splitThree(hand, 0, 0.2, seed + 2), heldout: [...handwrittenExamples('user-flow.dev.jsonl', USER_FLOW_LABELS, 'handwritten-dev'), ...handwrittenExamples('user-flow.dev-fresh.jsonl', USER_FLOW_LABELS, 'handwritten-fresh')] },
      { train: arenaTrain, dev: [], heldout: arenaHeldout },
      // Insults and hostile prompts at the assistant are no flow act: without them, "you're a loser bot" read as praise.
      { train: loadHandwritten('toxic-chat.jsonl').map((row): Example => ({ text: row.text, labels: [id('OTHER')], source: 'written-toxic' })), dev: [], heldout: [] },
    ]),
  );
  return {
    labels: USER_FLOW_LABELS,
    ...splits,
    notes: [
      'CLINC150 (train + oos_train; every 10th item as dev; the val split held out): thank_you, yes -> agrees_praising_thanking; goodbye -> user_goodbye; repeat -> repeat_answers_or_question; the other 146 intents (greeting included: no reference label) and out-of-scope -> OTHER.',
      'SGD user turns (sgd_user_flow_turns_train.csv), one label per turn by priority: GOODBYE -> user_goodbye; else THANK_YOU -> agrees_praising_thanking (dropped when combined with INFORM_INTENT, a thank-you that opens a new request); else REQUEST_ALTS -> more_listing_or_expand; else AFFIRM / AFFIRM_INTENT alone -> agrees_praising_thanking (dropped when combined with other acts); NEGATE or REQUEST_ALTS turns that say the system is wrong or should try again ("That is not right, ...", "No, try again.") are dropped as ambiguous with model_wrong_or_try_again; everything else (INFORM, REQUEST, SELECT, NEGATE, ...) -> OTHER.',
      `SGD: ${dropped} ambiguous turns dropped; seeded (seed ${seed}) 15% held out, 10% of the rest dev.`,
      `Written examples (train/handwritten/user-flow.jsonl, ${hand.length} LLM-chat user turns written by the project, not copied from any data set), 20% seeded as dev: every one of the 21 labels (the only source of most), and ordinary requests as OTHER, with hard negatives ("write a thank-you note", "how do I repeat a string", "explain photosynthesis", "make a list of fruits").`,
      'Arena-Hard-Auto v0.1 prompts (500 real Chatbot Arena user prompts, Apache-2.0) as OTHER: a seeded 70% trains, 30% is held out to measure false labels on real prompts.',
      'The written toxic chat prompts of the toxicity model (train/handwritten/toxic-chat.jsonl: insults at the assistant, harassment, jailbreak and harmful requests) as OTHER: hostility is not a flow act.',
      'Held out and never tuned on: the CLINC150 val split, 15% of SGD, the Arena-Hard held-out part, train/handwritten/user-flow.dev.jsonl (written separately from the training examples; looked at while developing) and user-flow.dev-fresh.jsonl (written last and scored once).',
      'Texts appearing in held-out or dev are removed from train (exact, case-insensitive).',
    ],
  };
}
