import type { Example } from '../example';
import { splitOff } from '../split-off';
import { loadHandwritten, rowLabels } from './handwritten';
import { asTopicLabel, topicId } from './topic-labels';
import type { Splits } from './split-by-source';

/** Chat prompts written by the project: topic-chat.jsonl trains (20% dev), topic-chat-eval.jsonl is held out only. */
export function loadTopicHandwritten(seed: number): Splits & { notes: string[] } {
  const read = (file: 'topic-chat.jsonl' | 'topic-chat-eval.jsonl', source: string): Example[] =>
    loadHandwritten(file).map((row) => ({ text: row.text, labels: [topicId(asTopicLabel(rowLabels(row)[0] ?? '', `train/handwritten/${file}`))], source }));
  const [train, dev] = splitOff(read('topic-chat.jsonl', 'handwritten'), 0.2, seed + 41);
  const heldout = read('topic-chat-eval.jsonl', 'handwritten-eval');
  return {
    train,
    dev,
    heldout,
    notes: [
      `Handwritten chat prompts (written by the project, not copied from any data set): train/handwritten/topic-chat.jsonl (${train.length + dev.length}; 20% dev) and train/handwritten/topic-chat-eval.jsonl (${heldout.length}, held out only, never trained on or tuned on).`,
    ],
  };
}
