import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as topic from '../plugins/topic';
import { TOPIC_LABELS } from '../plugins/topic/spec';
import { readModelFolder, resolveModelDir } from '../shared';
import { llmEvent, pluginMeta } from './helpers/events';

const MODEL_DIR = resolveModelDir(topic.topicSpec.models[0].defaultDir);

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

describe('default topic model (models/default-topic)', () => {
  const model = readModelFolder(MODEL_DIR);
  const meta = pluginMeta({});
  beforeAll(() => topic.setupPlugin(meta));
  afterAll(() => topic.teardownPlugin(meta));

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
  ])('the topic plugin with its default settings labels %j as %s', async (text, expected) => {
    const labeled = await topic.processEvent(llmEvent(text, 'Sure, here you go.'), meta);
    expect(labeled.properties?.user_topic).toBe(expected);
    expect(labeled.properties).not.toHaveProperty('agent_topic');
  });
});
