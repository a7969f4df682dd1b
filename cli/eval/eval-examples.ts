import { readFileSync } from 'node:fs';
import { UsageError, firstLine } from '../cli-error';

export interface Example {
  text: string;
  /** Gold labels as written in the file; empty means "no label" (the classifier's fallback). */
  labels: string[];
}

/** JSON Lines of `{"text": "...", "labels": [...]}` (or `"labels": "joy"`); `known` says which names a line may use. */
export function readExamples(path: string, known: ReadonlySet<string>, knownList: string): Example[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--data ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? firstLine(error)}); check the path`);
  }
  const examples: Example[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let row: { text?: unknown; labels?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      throw new UsageError(`--data ${path} line ${index + 1} is not JSON; each line must be {"text": "...", "labels": [...]}`);
    }
    const labels = typeof row.labels === 'string' ? [row.labels] : row.labels;
    if (typeof row.text !== 'string' || !Array.isArray(labels) || !labels.every((label) => typeof label === 'string')) {
      throw new UsageError(`--data ${path} line ${index + 1} needs a string "text" and a list of strings "labels"`);
    }
    for (const label of labels as string[]) {
      if (!known.has(label)) throw new UsageError(`--data ${path} line ${index + 1}: label ${JSON.stringify(label)} is not an output of the model; its labels are ${knownList}`);
    }
    examples.push({ text: row.text, labels: labels as string[] });
  });
  if (examples.length === 0) throw new UsageError(`--data ${path} has no examples`);
  return examples;
}
