import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../csv';
import type { Example } from '../example';
import { splitOff } from '../split-off';
import { REFUSAL_CUE, loadGptfuzz } from './gptfuzz';
import { loadHandwritten } from './handwritten';
import { languageSiteTitles } from './language-titles';
import { mergeSplits, splitThree, type Splits } from './split-by-source';

/** Sources of clearly non-toxic, chat-like text: negatives for the toxicity model, and its false-positive check (capped at 1%). */
export const BENIGN_SOURCES = ['clinc150', 'sgd-user', 'sgd-system', 'written-benign-assistant', 'stackexchange-languages'];

/** Written benign prompts that use words like kill, shoot, sex or drugs harmlessly: negatives, hard on purpose, so not capped. */
export const HARD_BENIGN_SOURCE = 'written-benign-user';

/** Cap per public benign source (seeded subsample), so the benign text does not swamp the tweets. */
const CAP = 6000;

function sample(examples: Example[], seed: number): Example[] {
  return examples.length <= CAP ? examples : splitOff(examples, CAP / examples.length, seed)[1];
}

type ClincItem = [string, string];

function clinc(dataDir: string): Example[] {
  const data = JSON.parse(readFileSync(join(dataDir, 'clinc150', 'data_train_val.json'), 'utf8')) as Record<string, ClincItem[]>;
  // Train split only (train + oos_train); the val split is not used here.
  return [...data['train'], ...data['oos_train']].map(([text]) => ({ text, labels: [], source: 'clinc150' }));
}

function sgd(dataDir: string, file: string, speaker: string, source: string): Example[] {
  const rows = parseCsvRecords(readFileSync(join(dataDir, 'sgd-dialogue-acts', file), 'utf8'));
  // Rows of the SGD train split only.
  return rows.filter((r) => r['split'] === 'train' && r['speaker'] === speaker).map((r) => ({ text: r['utterance'], labels: [], source }));
}



/** Every assistant answer the project wrote (benign-assistant.jsonl, answer-bodies.jsonl, agent-flow.jsonl): none is toxic. */
function writtenAssistantText(): Example[] {
  return ['benign-assistant.jsonl', 'answer-bodies.jsonl', 'agent-flow.jsonl'].flatMap((file) => loadHandwritten(file).map((row): Example => ({ text: row.text, labels: [], source: 'written-benign-assistant' })));
}

/** Written benign prompts: the hard ones (benign-user.jsonl) and every written user-flow turn (user-flow.jsonl). */
function writtenUserText(): Example[] {
  return ['benign-user.jsonl', 'user-flow.jsonl'].flatMap((file) => loadHandwritten(file).map((row): Example => ({ text: row.text, labels: [], source: HARD_BENIGN_SOURCE })));
}

/** GPTFuzz refusals (train.csv, label 0, with a refusal sentence and no swearing): benign assistant text full of words like bomb and kill. */
function refusals(dataDir: string): Example[] {
  return loadGptfuzz(dataDir, 'train.csv')
    .filter((r) => r.refused && REFUSAL_CUE.test(r.text) && !SWEARING.test(r.text))
    .map((r) => ({ text: r.text, labels: [], source: 'gptfuzz-refusals' }));
}

const SWEARING = /\b(?:fuck|shit|bitch|damn|ass(?:hole)?|crap|bastard|dick|piss)/i;

/** Half dev, half held out. */
function splitPair(examples: Example[]): { dev: Example[]; heldout: Example[] } {
  return { dev: examples.filter((_, i) => i % 2 === 0), heldout: examples.filter((_, i) => i % 2 === 1) };
}

/** Benign negatives, per source seeded: 15% held out (25% of the handwritten ones), 10% of the rest dev. */
export function loadBenign(dataDir: string, seed: number): Splits {
  return mergeSplits([
    splitThree(sample(clinc(dataDir), seed + 401), 0.15, 0.1, seed + 301),
    splitThree(sample(sgd(dataDir, 'sgd_user_flow_turns_train.csv', 'USER', 'sgd-user'), seed + 411), 0.15, 0.1, seed + 311),
    splitThree(sample(sgd(dataDir, 'sgd_system_flow_turns.csv', 'SYSTEM', 'sgd-system'), seed + 421), 0.15, 0.1, seed + 321),
    splitThree(writtenAssistantText(), 0.25, 0.1, seed + 331),
    splitThree(writtenUserText(), 0.25, 0.1, seed + 332),
    { train: refusals(dataDir), dev: [], heldout: [] },
    { train: languageSiteTitles(dataDir, 'train.tsv', 300, seed + 351, 'stackexchange-languages'), ...splitPair(languageSiteTitles(dataDir, 'dev.tsv', 100, seed + 361, 'stackexchange-languages')) },
  ]);
}

export const BENIGN_NOTES = [
  `Benign chat-like negatives (no label), to teach the model that ordinary conversation is not offensive: CLINC150 train + oos_train utterances (crowd-written assistant commands; the val split is not used), SGD user turns (sgd_user_flow_turns_train.csv, split == train), SGD system turns (sgd_system_flow_turns.csv rows with split == train), each a seeded sample of at most ${CAP.toLocaleString('en-US')} texts.`,
  'Written by the project: every written assistant answer (benign-assistant.jsonl, including passages in Portuguese, Spanish, French, German, Italian and other languages; answer-bodies.jsonl; agent-flow.jsonl) and every written user turn (benign-user.jsonl, prompts that use words like kill, shoot, sex or drugs harmlessly; user-flow.jsonl). None of them is toxic.',
  'GPTFuzz refusals (train.csv rows labeled 0 that hold a refusal sentence and no swearing): assistant text that names bombs, drugs and violence while refusing, as negatives (train only).',
  'Stack Exchange question titles of the language sites (French, German, Spanish, Portuguese, Italian, Russian, Ukrainian, Japanese, Chinese, Korean, Latin, Esperanto; CC BY-SA), often partly in those languages: up to 300 seeded titles per site from train.tsv train, up to 100 per site from dev.tsv are split between dev and held-out. Without them, text in other languages scored as toxic (rare pieces lean toxic in tweets).',
  'Benign sources, seeded per source: 15% held out (25% of the written ones), 10% of the rest dev. Their held-out parts measure the false-positive rate; the dev parts of CLINC150, SGD, the written assistant answers, the language titles and the Arena-Hard prompts cap it at 0.7% when thresholds are tuned (pooled; the worst source of 100 or more texts at 2%). The written prompts with words like kill or sex are negatives but not capped: they are hard on purpose.',
];
