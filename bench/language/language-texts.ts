import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../../shared';

/** One text of the project's handwritten set: its language (ISO 639-1, null for code, emoji, numbers) and kind. */
export interface WrittenText {
  text: string;
  language: string | null;
  kind: 'sentence' | 'mixed' | 'short' | 'code' | 'emoji' | 'url' | 'number' | 'symbols';
}

export const WRITTEN_TEXTS_PATH = join('test', 'data', 'handwritten-language-texts.jsonl');

export function writtenTexts(): WrittenText[] {
  return readFileSync(join(packageRoot(), WRITTEN_TEXTS_PATH), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as WrittenText);
}

/** One long text (about 3,000 characters, a long assistant answer) per language: its sentences joined and repeated. */
export function longTexts(texts: readonly WrittenText[]): string[] {
  const byLanguage = new Map<string, string[]>();
  for (const { text, language, kind } of texts) if (kind === 'sentence' && language !== null) byLanguage.set(language, [...(byLanguage.get(language) ?? []), text]);
  return [...byLanguage.values()].map((sentences) => {
    let text = '';
    while (text.length < 3000) text += `${sentences.join(' ')} `;
    return text.slice(0, 3000);
  });
}

/** The public data folder beside the project (`../shared/data`, or further up for a worktree), if there is one. */
export function findSharedData(start = packageRoot()): string | undefined {
  for (let dir = dirname(start); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', 'data', 'goemotions'))) return join(dir, 'shared', 'data');
  }
  return undefined;
}

/** English texts of the dev splits (never the test splits): Reddit comments, chatbot intents, Chatbot Arena prompts. */
export function englishDevTexts(dataDir: string): Record<string, string[]> {
  const lines = (path: string): string[] => readFileSync(join(dataDir, path), 'utf8').trim().split('\n');
  return {
    'GoEmotions dev': lines('goemotions/dev.tsv').map((line) => line.split('\t')[0]),
    'CLINC150 val': (JSON.parse(readFileSync(join(dataDir, 'clinc150', 'data_train_val.json'), 'utf8')) as { val: Array<[string, string]> }).val.map(([text]) => text),
    'Arena-Hard prompts': lines('arena-hard-prompts/arena-hard-v0.1_question.jsonl').map((line) => (JSON.parse(line) as { prompt: string }).prompt),
  };
}
