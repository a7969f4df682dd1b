import { languageSample } from './language-sample';

/** A language-identification library's answer for one sample: an ISO 639-1 code ('' for none) and its own reliability flag. */
export interface IdentifiedLanguage {
  language: string;
  reliable: boolean;
}

export type LanguageIdentifier = (prose: string) => IdentifiedLanguage;

/**
 * Fewer letters than this (about five English words) are never assigned a language: on the project's measured
 * chat texts every library guessed wrong too often below it ("ok thanks" as Greek, "obrigado" as Galician).
 */
export const MIN_LETTERS_FOR_LANGUAGE = 24;

/** The language of `text` when the identifier is confident and the text has enough prose; else undefined. */
export function confidentLanguage(text: string, identify: LanguageIdentifier): string | undefined {
  const { prose, letters } = languageSample(text);
  if (letters < MIN_LETTERS_FOR_LANGUAGE) return undefined;
  const { language, reliable } = identify(prose);
  return reliable && language !== '' ? language : undefined;
}
