import { type LanguageIdentifier, confidentLanguage } from '../../shared';
import type { WrittenText } from './language-texts';

export interface WrittenTextScores {
  /** The library's own top answer on sentences and English-with-foreign-names texts, reliable or not. */
  topLanguageRight: number;
  topLanguageTotal: number;
  /** Non-English sentences an English-only model would skip (confidently detected, not `en`). */
  gated: number;
  shouldGate: number;
  /** English, short, code, emoji, URL or number texts it would skip: labels lost. */
  falseGates: number;
  /** Confident detections (what `user_language` would be) that name the right language. */
  confidentRight: number;
  confident: number;
}

const nonEnglish = (language: string | undefined): boolean => language !== undefined && language !== 'en';

export function scoreWrittenTexts(texts: readonly WrittenText[], identify: LanguageIdentifier): WrittenTextScores {
  const scores: WrittenTextScores = { topLanguageRight: 0, topLanguageTotal: 0, gated: 0, shouldGate: 0, falseGates: 0, confidentRight: 0, confident: 0 };
  for (const { text, language, kind } of texts) {
    if (kind === 'sentence' || kind === 'mixed') {
      scores.topLanguageTotal++;
      if (identify(text).language === language) scores.topLanguageRight++;
    }
    const detected = confidentLanguage(text, identify);
    if (detected !== undefined) {
      scores.confident++;
      if (detected === language) scores.confidentRight++;
    }
    const shouldGate = kind === 'sentence' && language !== 'en';
    if (shouldGate) scores.shouldGate++;
    if (shouldGate && nonEnglish(detected)) scores.gated++;
    if (!shouldGate && nonEnglish(detected)) scores.falseGates++;
  }
  return scores;
}

/** English texts an English-only model would skip. */
export function englishFalseGates(texts: readonly string[], identify: LanguageIdentifier): number {
  return texts.filter((text) => nonEnglish(confidentLanguage(text, identify))).length;
}
