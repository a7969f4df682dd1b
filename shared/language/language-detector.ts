import { LruCache } from '../inference/lru-cache';
import { textKey } from '../inference/text-key';
import { confidentLanguage } from './confident-language';
import { type LoadedIdentifier, loadEldIdentifier } from './eld-identifier';
import { sampledStart } from './language-sample';

const NO_LANGUAGE = '';

/** The confident language of texts, remembered by digest: every model of an event, and repeated texts, share one detection. */
export class LanguageDetector {
  private readonly recent = new LruCache<string, string>(4096);

  constructor(private readonly identifier: LoadedIdentifier) {}

  /** ISO 639-1 code of `text`'s language, or undefined for short, ambiguous or unidentified text. */
  detect(text: string): string | undefined {
    // Only the sampled start decides the language, so only it keys the cache.
    const key = textKey(sampledStart(text));
    let language = this.recent.get(key);
    if (language === undefined) {
      language = confidentLanguage(text, this.identifier.identify) ?? NO_LANGUAGE;
      this.recent.set(key, language);
    }
    return language === NO_LANGUAGE ? undefined : language;
  }

  /** Whether the detector can ever return `language`: a model declaring one it cannot would see that text as another. */
  canDetect(language: string): boolean {
    return this.identifier.languages.has(language);
  }
}

let shared: Promise<LanguageDetector> | undefined;

/** The process's one detector; its library loads on first use (about a second) and stays loaded. */
export function sharedLanguageDetector(): Promise<LanguageDetector> {
  if (shared === undefined) {
    shared = loadEldIdentifier().then((identifier) => new LanguageDetector(identifier));
    // A failed load is tried again at the next setup.
    shared.catch(() => void (shared = undefined));
  }
  return shared;
}
