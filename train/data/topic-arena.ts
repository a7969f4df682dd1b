import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from '../example';
import { SeededRandom } from '../../modelgen/seeded-random';
import { ARENA_TOPICS } from './topic-arena-labels';
import { topicId } from './topic-labels';

const SOURCE = 'arena-hard';

interface ArenaRow {
  uid: string;
  cluster: string;
  prompt: string;
}

/**
 * The 500 Arena-Hard-Auto v0.1 prompts with the project's hand labels: of each cluster's two prompts
 * one (seeded) trains, the only real chat prompts in training, and the other is held out.
 */
export function loadArenaTopics(dataDir: string, seed: number): { train: Example[]; dev: Example[]; heldout: Example[]; notes: string[] } {
  const file = join(dataDir, 'arena-hard-prompts', 'arena-hard-v0.1_question.jsonl');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ArenaRow);
  const byCluster = new Map<string, Example[]>();
  for (const row of rows) {
    const topic = ARENA_TOPICS[row.uid.slice(0, 8)];
    if (topic === undefined) throw new Error(`${file}: prompt ${row.uid} has no hand label in train/data/topic-arena-labels.ts`);
    byCluster.set(row.cluster, [...(byCluster.get(row.cluster) ?? []), { text: row.prompt, labels: [topicId(topic)], source: SOURCE }]);
  }
  const rng = new SeededRandom(seed + 31);
  const train: Example[] = [];
  const heldout: Example[] = [];
  for (const prompts of byCluster.values()) {
    const [first, ...rest] = rng.next() < 0.5 ? prompts : [...prompts].reverse();
    train.push(first);
    heldout.push(...rest);
  }
  return {
    train,
    dev: [],
    heldout,
    notes: [
      `Arena-Hard-Auto v0.1 (500 real Chatbot Arena prompts): hand-labeled by the project, prompt by prompt (train/data/topic-arena-labels.ts; the cluster names are too noisy to map). Of each cluster's two prompts one (seeded) trains (${train.length}, the only real chat prompts in training) and the other is held out (${heldout.length}); none is in dev. Labels: programming of any kind is coding, using devices and software is technology, asking for a text (story, song, email, report, rewrite) is writing.`,
    ],
  };
}
