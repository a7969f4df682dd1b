import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from '../example';

/** One written example: `label` (single-label tasks) or `labels` (multi-label; [] = none). */
export interface HandwrittenRow {
  text: string;
  label?: string;
  labels?: string[];
}

/** The label names of a row, whichever field it uses. */
export function rowLabels(row: HandwrittenRow): string[] {
  return row.labels ?? (row.label === undefined ? [] : [row.label]);
}

/**
 * Examples the project wrote itself (train/handwritten/<file>): LLM-chat text no public set covers.
 * `<task>.jsonl` trains, `<task>.dev.jsonl` is only ever scored.
 */
export function loadHandwritten(file: string): HandwrittenRow[] {
  // Compiled to dist/train/data/, the .jsonl files stay in the source tree train/handwritten/.
  const candidates = [join(__dirname, '..', 'handwritten', file), join(__dirname, '..', '..', '..', 'train', 'handwritten', file)];
  for (const path of candidates) {
    try {
      const text = readFileSync(path, 'utf8');
      return text
        .split('\n')
        .filter((line) => line.trim().length > 0)
        .map((line, index) => {
          const row = JSON.parse(line) as HandwrittenRow;
          if (typeof row.text !== 'string') throw new Error(`${file} line ${index + 1} has no "text"`);
          return row;
        });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`handwritten examples ${file} not found next to the trainer (looked in ${candidates.join(', ')})`);
}

/** Written rows as examples of `labels` (names outside the list are an error: a typo must not train OTHER). */
export function handwrittenExamples(file: string, labels: readonly string[], source: string): Example[] {
  return loadHandwritten(file).map((row) => ({
    text: row.text,
    labels: rowLabels(row).map((name) => {
      const index = labels.indexOf(name);
      if (index < 0) throw new Error(`${file}: label ${JSON.stringify(name)} is not one of ${labels.join(', ')}`);
      return index;
    }),
    source,
  }));
}
