import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../csv';
import type { Example } from '../example';
import { splitOff } from '../split-off';
import { handwrittenExamples } from './handwritten';
import { mergeSplits, splitThree, type Splits } from './split-by-source';

/** Sources of clearly non-toxic, chat-like text: negatives for the toxicity model, and its false-positive check. */
export const BENIGN_SOURCES = ['clinc150', 'sgd-user', 'sgd-system', 'handwritten-benign'];

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

function handwritten(): Example[] {
  return [...handwrittenExamples('benign-assistant.jsonl', [], 'handwritten-benign'), ...handwrittenExamples('benign-user.jsonl', [], 'handwritten-benign')];
}

/** Benign negatives, per source seeded: 15% held out (25% of the handwritten ones), 10% of the rest dev. */
export function loadBenign(dataDir: string, seed: number): Splits {
  return mergeSplits([
    splitThree(sample(clinc(dataDir), seed + 401), 0.15, 0.1, seed + 301),
    splitThree(sample(sgd(dataDir, 'sgd_user_flow_turns_train.csv', 'USER', 'sgd-user'), seed + 411), 0.15, 0.1, seed + 311),
    splitThree(sample(sgd(dataDir, 'sgd_system_flow_turns.csv', 'SYSTEM', 'sgd-system'), seed + 421), 0.15, 0.1, seed + 321),
    splitThree(handwritten(), 0.25, 0.1, seed + 331),
  ]);
}

export const BENIGN_NOTES = [
  `Benign chat-like negatives (no label), to teach the model that ordinary assistant conversation is not offensive: CLINC150 train + oos_train utterances (crowd-written assistant commands; the val split is not used), SGD user turns (sgd_user_flow_turns_train.csv, split == train), SGD system turns (sgd_system_flow_turns.csv rows with split == train); each public source a seeded sample of at most ${CAP.toLocaleString('en-US')} texts, and handwritten benign assistant replies and user prompts written by the project (train/handwritten/benign-assistant.jsonl, benign-user.jsonl).`,
  'Benign sources, seeded per source: 15% held out (25% of the handwritten ones), 10% of the rest dev. Their held-out parts measure the false-positive rate on benign chat-like text; their dev parts cap it when thresholds are tuned.',
];
