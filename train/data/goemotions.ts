import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example, TaskData } from '../example';
import { handwrittenExamples } from './handwritten';

function readTsv(path: string): Example[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [text, ids] = line.split('\t');
      return { text, labels: ids.split(',').map(Number), source: 'goemotions' };
    });
}

/**
 * GoEmotions: train.tsv to train, dev.tsv for early stopping, thresholds and the reported metrics; plus
 * written LLM-chat turns to train and a separately written dev set, held out.
 */
export function loadGoEmotions(dataDir: string): TaskData {
  const dir = join(dataDir, 'goemotions');
  const labels = readFileSync(join(dir, 'emotions.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    labels,
    train: [...readTsv(join(dir, 'train.tsv')), ...handwrittenExamples('emotion.jsonl', labels, 'handwritten')],
    // GoEmotions dev alone tunes: a few dozen written turns must not steer 28 thresholds.
    dev: readTsv(join(dir, 'dev.tsv')),
    heldout: handwrittenExamples('emotion.dev.jsonl', labels, 'handwritten-dev'),
    notes: [
      'GoEmotions train.tsv (43,410 Reddit comments) for training; dev.tsv (5,426) for early stopping and per-label thresholds.',
      'All 28 labels in emotions.txt order; multi-label (sigmoid). `neutral` is trained like the others but, as the plugin does, never passes on its own: it is the label exactly when no other emotion passes.',
      `Written LLM-chat turns (train/handwritten/emotion.jsonl, written by the project): user turns (thanks, frustration, insults at the bot, confusion, excitement, grief...) and assistant turns (apologies as remorse, "sorry to hear that" as caring, plain answers as neutral), all training. A separately written dev set (emotion.dev.jsonl) is held out and never tuned on.`,
      'The GoEmotions test split was not used.',
    ],
  };
}
