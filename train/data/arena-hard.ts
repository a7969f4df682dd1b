import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Arena-Hard-Auto v0.1: 500 real user prompts sent to LLM chat assistants (Apache-2.0). */
export function loadArenaPrompts(dataDir: string): string[] {
  return readFileSync(join(dataDir, 'arena-hard-prompts', 'arena-hard-v0.1_question.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { prompt: string }).prompt);
}
