import type { LanguageIdentifier } from './confident-language';

interface EldResult {
  language: string;
  isReliable(): boolean;
}

interface Eld {
  detect(text: string): EldResult;
  info(): { Languages: Record<number, string> };
}

/** The eld database: 'small' gates the same non-English chat texts with 3 instead of 7 English false gates in 8,926, for 74 MB more per process (README). */
export const ELD_DATABASE = 'extrasmall';

// eld ships only as an ES module; TypeScript's CommonJS output would turn `import()` into `require()`, which cannot load it.
const importEsModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ eld: Eld }>;

export interface LoadedIdentifier {
  identify: LanguageIdentifier;
  /** ISO 639-1 codes the identifier can return. */
  languages: ReadonlySet<string>;
}

/** eld (Efficient Language Detector, pure JavaScript, 60 languages) with one of its n-gram databases. */
export async function loadEldIdentifier(database: string = ELD_DATABASE): Promise<LoadedIdentifier> {
  const { eld } = await importEsModule(`eld/${database}`);
  return {
    identify: (prose) => {
      const result = eld.detect(prose);
      return { language: result.language, reliable: result.isReliable() };
    },
    languages: new Set(Object.values(eld.info().Languages)),
  };
}
