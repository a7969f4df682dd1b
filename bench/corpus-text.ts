import { SeededRandom } from '../modelgen/seeded-random';
import {
  ASSISTANT_OPENERS, CLOSERS, CODE_LINES, CONNECTIVES, OBJECTS, SUBJECTS, TOPICS, USER_FOLLOW_UPS, USER_OPENERS, USER_TONES, VERBS,
} from './corpus-words';

const pick = <T>(random: SeededRandom, items: readonly T[]): T => items[random.int(items.length)];
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Words in a user turn: mostly short (≈5-40 tokens), some pasted paragraphs, a few long pastes. */
export function sampleUserWordCount(random: SeededRandom): number {
  const roll = random.next();
  if (roll < 0.85) return 3 + random.int(28);
  if (roll < 0.96) return 30 + random.int(60);
  return 90 + random.int(200);
}

/** Words in an assistant reply: mostly 30-200, a tail of long answers past the 256-token cut, a few one-liners. */
export function sampleAssistantWordCount(random: SeededRandom): number {
  const roll = random.next();
  if (roll < 0.1) return 6 + random.int(25);
  if (roll < 0.75) return 30 + random.int(170);
  return 200 + random.int(300);
}

function sentence(random: SeededRandom): string {
  const clause = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
  const text = random.next() < 0.5 ? `${clause} ${pick(random, CONNECTIVES)} ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}` : clause;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A user turn of about `targetWords` words: a request, a follow-up or an emotional aside, padded with detail. */
export function userText(random: SeededRandom, targetWords: number): string {
  const roll = random.next();
  const parts: string[] = [];
  if (roll < 0.3) parts.push(`${pick(random, USER_FOLLOW_UPS)}${random.next() < 0.5 ? '.' : ''}`);
  else parts.push(`${pick(random, USER_OPENERS)} ${pick(random, TOPICS)}?`);
  const minimumWords = wordCount(parts[0]); // never cut the request itself
  if (random.next() < 0.3) parts.push(`${pick(random, USER_TONES)}.`);
  while (wordCount(parts.join(' ')) < targetWords) {
    parts.push(random.next() < 0.1 ? pick(random, CODE_LINES) : sentence(random).toLowerCase());
  }
  return truncateWords(parts.join(' '), Math.max(targetWords, minimumWords));
}

/** An assistant reply of about `targetWords` words: opener, sentences, sometimes a list or code, a closer. */
export function assistantText(random: SeededRandom, targetWords: number): string {
  const lines: string[] = [pick(random, ASSISTANT_OPENERS)];
  let step = 1;
  while (wordCount(lines.join(' ')) < targetWords - 8) {
    const roll = random.next();
    if (roll < 0.2) lines.push(`${step++}. ${sentence(random)}`);
    else if (roll < 0.28) lines.push(pick(random, CODE_LINES));
    else lines.push(sentence(random));
  }
  if (targetWords > 20) lines.push(pick(random, CLOSERS));
  return truncateWords(lines.join(random.next() < 0.5 ? '\n' : ' '), Math.max(targetWords, 4));
}

function truncateWords(text: string, maxWords: number): string {
  const words = text.split(/(\s+)/);
  let count = 0;
  let end = words.length;
  for (let i = 0; i < words.length; i++) {
    if (words[i].trim() === '') continue;
    if (++count > maxWords) {
      end = i;
      break;
    }
  }
  return words.slice(0, end).join('').trim();
}
