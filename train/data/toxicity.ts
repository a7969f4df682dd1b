import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../csv';
import type { Example, TaskData } from '../example';
import { splitOff } from '../split-off';
import { BENIGN_NOTES, loadBenign } from './benign';
import { handwrittenExamples } from './handwritten';
import { splitThree } from './split-by-source';
import { normalizeTweet } from './normalize-tweet';

export const TOXICITY_LABELS = ['toxic', 'identity_hate'];
const TOXICITY = 0;
const IDENTITY_HATE = 1;

/** OLID: OFF -> toxicity; OFF + TIN + GRP (insult/threat aimed at a group) -> identity_hate too. */
function loadOlid(dataDir: string): Example[] {
  const lines = readFileSync(join(dataDir, 'olid', 'olid-training-v1.0.tsv'), 'utf8').split('\n').slice(1);
  return lines
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [, tweet, a, b, c] = line.split('\t');
      const labels: number[] = [];
      if (a === 'OFF') labels.push(TOXICITY);
      if (a === 'OFF' && b === 'TIN' && c.trim() === 'GRP') labels.push(IDENTITY_HATE);
      return { text: tweet, labels, source: 'olid' };
    });
}

/** Davidson: class 0 hate speech -> toxicity + identity_hate; 1 offensive -> toxicity; 2 neither -> none. */
function loadDavidson(dataDir: string): Example[] {
  const records = parseCsvRecords(readFileSync(join(dataDir, 'davidson', 'labeled_data.csv'), 'utf8'));
  return records.map((record) => {
    const cls = Number(record['class']);
    const labels = cls === 0 ? [TOXICITY, IDENTITY_HATE] : cls === 1 ? [TOXICITY] : [];
    return { text: normalizeTweet(record['tweet']), labels, source: 'davidson' };
  });
}

/** Handwritten hostile chat messages (insults aimed at the assistant or the product): the tweets have none. */
function loadToxicChat(): Example[] {
  return handwrittenExamples('toxic-chat.jsonl', TOXICITY_LABELS, 'handwritten-toxic');
}

/** Seeded per-source splits: 15% held out, then 10% of the rest as dev; plus benign chat-like negatives. */
export function loadToxicity(dataDir: string, seed: number): TaskData {
  const parts = [loadOlid(dataDir), loadDavidson(dataDir)].map((examples, index) => {
    const [rest, heldout] = splitOff(examples, 0.15, seed + 101 * (index + 1));
    const [train, dev] = splitOff(rest, 0.1, seed + 211 * (index + 1));
    return { train, dev, heldout };
  });
  const benign = loadBenign(dataDir, seed);
  // No dev part: a handful of texts must not steer the thresholds tuned on OLID and Davidson.
  const toxicChat = splitThree(loadToxicChat(), 0.25, 0, seed + 341);
  return {
    labels: TOXICITY_LABELS,
    train: [...parts.flatMap((p) => p.train), ...benign.train, ...toxicChat.train],
    dev: [...parts.flatMap((p) => p.dev), ...benign.dev],
    heldout: [...parts.flatMap((p) => p.heldout), ...benign.heldout, ...toxicChat.heldout],
    notes: [
      'OLID v1.0 training file (13,240 tweets): subtask A OFF -> `toxic`; OFF + TIN + GRP (targeted at a group) -> `identity_hate` as well.',
      'Davidson et al. 2017 (24,783 tweets): class 0 hate speech -> `toxic` + `identity_hate`; class 1 offensive -> `toxic`; class 2 neither -> no label.',
      'Davidson tweets normalised to OLID conventions (HTML entities decoded, @mentions -> @USER, links -> URL, "RT" dropped).',
      `Per source, seeded (seed ${seed}): 15% held out for the reported metrics, 10% of the rest as dev (early stopping, thresholds), the rest trains.`,
      ...BENIGN_NOTES,
      'Handwritten hostile chat messages written by the project (train/handwritten/toxic-chat.jsonl: insults and profanity aimed at the assistant or the product, which the tweets lack) -> `toxic`; seeded 25% held out, the rest trains (no dev part, so they do not steer the thresholds).',
      'The OLID test sets were not used.',
    ],
  };
}
