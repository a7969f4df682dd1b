import type { Example } from '../example';
import { splitOff } from '../split-off';
import { loadHandwritten, rowLabels } from './handwritten';
import { asTopicLabel, topicId } from './topic-labels';
import type { Splits } from './split-by-source';

/** Training files of written chat prompts: topic-chat.jsonl (one of every topic), topic-chat-kind.jsonl (the kind of request against its subject's words). */
const TRAIN_FILES = ['topic-chat.jsonl', 'topic-chat-kind.jsonl'] as const;

/** Chat prompts written by the project: the training files train (20% dev), topic-chat-eval.jsonl is held out only. */
export function loadTopicHandwritten(seed: number): Splits & { notes: string[] } {
  const read = (file: string, source: string): Example[] =>
    loadHandwritten(file).map((row) => ({ text: row.text, labels: [topicId(asTopicLabel(rowLabels(row)[0] ?? '', `train/handwritten/${file}`))], source }));
  const [train, dev] = splitOff(TRAIN_FILES.flatMap((file) => read(file, 'handwritten')), 0.2, seed + 41);
  const heldout = read('topic-chat-eval.jsonl', 'handwritten-eval');
  const counts = TRAIN_FILES.map((file) => `train/handwritten/${file} (${loadHandwritten(file).length})`);
  return {
    train,
    dev,
    heldout,
    notes: [
      `Handwritten chat prompts (written by the project, not copied from any data set): ${counts.join(' and ')}, 20% of them dev; train/handwritten/topic-chat-eval.jsonl (${heldout.length}, held out only, never trained on or tuned on).`,
    ],
  };
}
