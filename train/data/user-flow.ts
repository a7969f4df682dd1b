import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../csv';
import type { Example, TaskData } from '../example';
import { loadHandwritten } from './handwritten';
import { dedupeAcrossSplits, mergeSplits, splitThree } from './split-by-source';

export const USER_FLOW_LABELS = [
  'OTHER',
  'agrees_praising_thanking',
  'user_goodbye',
  'more_listing_or_expand',
  'asks_to_repeat_last_answer',
  'user_greeting',
  'model_wrong_or_try_again',
];
const id = (label: string): number => USER_FLOW_LABELS.indexOf(label);

const CLINC_MAP: Record<string, string> = {
  thank_you: 'agrees_praising_thanking',
  yes: 'agrees_praising_thanking',
  goodbye: 'user_goodbye',
  repeat: 'asks_to_repeat_last_answer',
  greeting: 'user_greeting',
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
  const hand = loadHandwritten('user-flow.jsonl').map((r): Example => ({ text: r.text, labels: [id(r.label)], source: 'handwritten' }));
  const splits = dedupeAcrossSplits(
    mergeSplits([
      { train: clincTrainPart, dev: clincDevPart, heldout: clincVal },
      splitThree(sgd, 0.15, 0.1, seed + 1),
      splitThree(hand, 0.25, 0.1, seed + 2),
    ]),
  );
  return {
    labels: USER_FLOW_LABELS,
    ...splits,
    notes: [
      'CLINC150 (train + oos_train; every 10th item as dev; the val split held out): thank_you, yes -> agrees_praising_thanking; goodbye -> user_goodbye; repeat -> asks_to_repeat_last_answer; greeting -> user_greeting; the other 145 intents and out-of-scope -> OTHER.',
      'SGD user turns (sgd_user_flow_turns_train.csv), one label per turn by priority: GOODBYE -> user_goodbye; else THANK_YOU -> agrees_praising_thanking (dropped when combined with INFORM_INTENT, a thank-you that opens a new request); else REQUEST_ALTS -> more_listing_or_expand; else AFFIRM / AFFIRM_INTENT alone -> agrees_praising_thanking (dropped when combined with other acts); NEGATE or REQUEST_ALTS turns that say the system is wrong or should try again ("That is not right, ...", "No, try again.") are dropped as ambiguous with model_wrong_or_try_again; everything else (INFORM, REQUEST, SELECT, NEGATE, ...) -> OTHER.',
      `SGD: ${dropped} ambiguous turns dropped; seeded (seed ${seed}) 15% held out, 10% of the rest dev.`,
      `Handwritten examples (train/handwritten/user-flow.jsonl, ${hand.length} texts written by the project, not copied from any data set): model_wrong_or_try_again (the only source of this label); LLM-chat phrasings of asks_to_repeat_last_answer, more_listing_or_expand, agrees_praising_thanking, user_goodbye and user_greeting; ordinary LLM requests (code, writing, travel, support, math, health, "continue", complaints about repetition) as OTHER; 25% held out, 10% dev.`,
      'Texts appearing in held-out or dev are removed from train (exact, case-insensitive).',
    ],
  };
}
