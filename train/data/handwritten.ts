import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HandwrittenRow {
  text: string;
  label: string;
}

/** Examples the project wrote itself (train/handwritten/*.jsonl) for labels no public set covers. */
export function loadHandwritten(file: 'user-flow.jsonl' | 'agent-flow.jsonl' | 'benign-assistant.jsonl' | 'benign-user.jsonl' | 'toxic-chat.jsonl' | `topic-${string}.jsonl`): HandwrittenRow[] {
  // Compiled to dist/train/data/, the .jsonl files stay in the source tree train/handwritten/.
  const candidates = [join(__dirname, '..', 'handwritten', file), join(__dirname, '..', '..', '..', 'train', 'handwritten', file)];
  for (const path of candidates) {
    try {
      const text = readFileSync(path, 'utf8');
      return text
        .split('\n')
        .filter((line) => line.trim().length > 0)
        .map((line) => JSON.parse(line) as HandwrittenRow);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`handwritten examples ${file} not found next to the trainer (looked in ${candidates.join(', ')})`);
}
