import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LanguageIdentifier, loadEldIdentifier, packageRoot } from '../../shared';

/** A language-identification library from npm, with its own notion of a reliable answer. */
export interface Candidate {
  name: string;
  /** The package whose version is reported. */
  packageName: string;
  /** How "reliable" is decided for this library (its own flag where it has one). */
  reliability: string;
  load(): Promise<LanguageIdentifier>;
}

interface CldResult {
  language: string;
  is_reliable: boolean;
}
interface Cld3Module {
  loadModule(): Promise<{ create(minBytes: number, maxBytes: number): { findLanguage(text: string): CldResult } }>;
}
interface TinyLd {
  detectAll(text: string): Array<{ lang: string; accuracy: number }>;
}

// cld3-asm's package.json names type files it does not ship; these are the few members used here.
const loadCld3 = (): Cld3Module => require('cld3-asm') as Cld3Module;
const loadTinyLd = (): TinyLd => require('tinyld') as TinyLd;

export const CANDIDATES: readonly Candidate[] = [
  { name: 'eld extrasmall (the core)', packageName: 'eld', reliability: 'isReliable()', load: async () => (await loadEldIdentifier('extrasmall')).identify },
  { name: 'eld small', packageName: 'eld', reliability: 'isReliable()', load: async () => (await loadEldIdentifier('small')).identify },
  {
    name: 'cld3-asm (CLD3, WASM)', packageName: 'cld3-asm', reliability: 'is_reliable',
    load: async () => {
      const identifier = (await loadCld3().loadModule()).create(0, 1024);
      return (prose) => {
        const result = identifier.findLanguage(prose);
        // CLD3 names romanized scripts `ja-Latn`, `zh-Latn`: the language is the part before the dash.
        return { language: result.language === 'und' ? '' : result.language.split('-')[0], reliable: result.is_reliable };
      };
    },
  },
  {
    name: 'tinyld', packageName: 'tinyld', reliability: 'top accuracy >= 0.5 (it has no flag)',
    load: async () => {
      const { detectAll } = loadTinyLd();
      return (prose) => {
        const [top] = detectAll(prose);
        return top === undefined ? { language: '', reliable: false } : { language: top.lang, reliable: top.accuracy >= 0.5 };
      };
    },
  },
];

export function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
