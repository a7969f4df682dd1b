import { cutLongText } from '../text/cut-long-text';

// 256 characters: on the measured sets (npm run bench:language) eld decides the same from 128 as from 512, and time grows with length.
const SAMPLE_TOKENS = 16;

const FENCED_CODE = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]*`/g;
const LINK_OR_ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;
// Words holding a digit or a code character (identifiers, paths, versions, numbers) say nothing about the language.
const CODE_LIKE_WORD = /\S*[0-9{}[\]();=<>/\\_$#|*+^~@]\S*/g;
const LETTER = /[\p{L}\p{M}]/gu;
// One ideograph, kana or Hangul syllable carries about as much as two letters of an alphabet.
const WIDE_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** The prose of a text's start, without code, links or numbers, and how many letters it has (wide scripts count double). */
export interface LanguageSample {
  prose: string;
  letters: number;
}

/** The start of a text that language detection reads; nothing past it changes the detected language. */
export function sampledStart(text: string): string {
  return cutLongText(text, SAMPLE_TOKENS);
}

export function languageSample(text: string): LanguageSample {
  const prose = sampledStart(text).replace(FENCED_CODE, ' ').replace(INLINE_CODE, ' ').replace(LINK_OR_ADDRESS, ' ').replace(CODE_LIKE_WORD, ' ');
  const letters = (prose.match(LETTER)?.length ?? 0) + (prose.match(WIDE_LETTER)?.length ?? 0);
  return { prose, letters };
}
