import type { TaskData } from '../example';
import { loadArenaTopics } from './topic-arena';
import { loadClincTopics } from './topic-clinc';
import { composeTopicExamples } from './topic-compose';
import { loadTopicHandwritten } from './topic-handwritten';
import { TOPIC_LABELS } from './topic-labels';
import { loadTitles } from './topic-titles';
import { dedupeAcrossSplits, mergeSplits } from './split-by-source';

/** Share of the training titles repeated inside chat framing. */
const FRAMED_TITLE_SHARE = 0.15;

/** Topic of the user's request: titles, CLINC150 commands and small talk, handwritten chat prompts; Arena-Hard prompts for dev and held-out. */
export function loadTopic(dataDir: string, seed: number): TaskData {
  const titles = loadTitles(dataDir, seed);
  const clinc = loadClincTopics(dataDir, seed);
  const arena = loadArenaTopics(dataDir, seed);
  const hand = loadTopicHandwritten(seed);
  const composed = composeTopicExamples(seed, titles.train, FRAMED_TITLE_SHARE);
  const splits = dedupeAcrossSplits(mergeSplits([titles, clinc, arena, hand, { train: composed.examples, dev: [], heldout: [] }]));
  return {
    labels: [...TOPIC_LABELS],
    ...splits,
    notes: [...titles.notes, ...clinc.notes, ...arena.notes, ...hand.notes, ...composed.notes, 'Texts appearing in held-out or dev are removed from train (exact, case-insensitive).'],
  };
}
