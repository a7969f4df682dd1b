import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { acquireTextClassifier, readModelFolder, releaseTextClassifier } from '../shared';
import { decideLabel, thresholdsFor } from '../shared/decode/label-decision';
import { TOPIC_LABELS } from '../train/data/topic-labels';

const MODEL_DIR = join(__dirname, '..', 'models', 'default-topic');
const OPTIONS = { modelDir: MODEL_DIR, executionProvider: 'cpu' as const, maxTokens: 256, cacheSize: 0 };

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

describe('default topic model (models/default-topic)', () => {
  const model = readModelFolder(MODEL_DIR);
  const rule = { thresholds: thresholdsFor(model.labels, undefined, model.labelThresholds, 0.3), fallbackLabel: 'other', ignoredLabels: new Set(['other']), scoreRule: 'label' as const };

  it('declares the 20 topic labels, single-label, with a tuned threshold for each', () => {
    expect([...model.labels].sort()).toEqual([...TOPIC_LABELS].sort());
    expect(model.problemType).toBe('single_label_classification');
    expect(Object.keys(model.labelThresholds ?? {}).sort()).toEqual([...TOPIC_LABELS].sort());
  });

  it('fits its 3 MB share of the default models', () => {
    expect(folderBytes(MODEL_DIR)).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it.each([
    ['Write a Python function that returns the n-th Fibonacci number.', 'coding'],
    ['Why does this throw a NullPointerException?\n\nString s = null;\nSystem.out.println(s.length());', 'coding'],
    ['Write a short story about a lighthouse keeper during a storm.', 'writing'],
    ['Solve for x: 3x + 7 = 22', 'math'],
    ['Translate "good morning, how are you?" into Spanish.', 'language'],
    ['Give me a recipe for banana bread.', 'food'],
    ['hi, how are you doing today?', 'small_talk'],
  ])('labels %j as %s, as the plugin decides', async (text, topic) => {
    const classifier = await acquireTextClassifier(OPTIONS);
    try {
      expect(decideLabel(await classifier.classify(text), model.labels, rule).label).toBe(topic);
    } finally {
      await releaseTextClassifier(classifier, OPTIONS);
    }
  });
});
