import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example, TaskData } from '../example';

function readTsv(path: string): Example[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [text, ids] = line.split('\t');
      return { text, labels: ids.split(',').map(Number), source: 'goemotions' };
    });
}

/** GoEmotions: train.tsv to train, dev.tsv for early stopping, thresholds and the reported metrics. */
export function loadGoEmotions(dataDir: string): TaskData {
  const dir = join(dataDir, 'goemotions');
  const labels = readFileSync(join(dir, 'emotions.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const train = readTsv(join(dir, 'train.tsv'));
  const dev = readTsv(join(dir, 'dev.tsv'));
  return {
    labels,
    train,
    dev,
    heldout: dev,
    notes: [
      'GoEmotions train.tsv (43,410 Reddit comments) for training; dev.tsv (5,426) for early stopping and per-label thresholds.',
      'All 28 labels in emotions.txt order, `neutral` included; multi-label (sigmoid).',
      'The GoEmotions test split was not used.',
    ],
  };
}
