import { type LanguageDetector, acquireLanguageDetector, releaseLanguageDetector } from '../language/language-detector';
import { ELD_DATABASE } from '../language/eld-identifier';
import { logWarning } from '../log';
import type { SharedSettings } from '../settings/parse-settings';
import type { Side } from './classifier-spec';
import { languagePropertyName } from './property-names';
import type { SideLabeler } from './side-labeler';

export type SideTexts = Partial<Record<Side, string>>;
export type SideLanguages = Partial<Record<Side, string>>;

const warnedModels = new Set<string>();

/** Warns once per model folder about declared languages the detector never returns: text in them is taken for another one. */
function warnOnUndetectableLanguages(detector: LanguageDetector, labelers: readonly SideLabeler[]): void {
  for (const labeler of labelers) {
    const dir = labeler.classifier.model.dir;
    const undetectable = (labeler.languages ?? []).filter((language) => !detector.canDetect(language));
    if (undetectable.length === 0 || warnedModels.has(dir)) continue;
    warnedModels.add(dir);
    logWarning(`model ${dir} declares languages the language detector (eld) cannot identify: ${undetectable.join(', ')}; text in them may be taken for another language and get no label from this model; set languageGate to no if that text matters`);
  }
}

/** Detects each side's language once per event, for the language gate and the `*_language` properties. */
export class LanguageStep {
  private constructor(
    private readonly detector: LanguageDetector,
    private readonly sides: readonly Side[],
  ) {}

  /** Loads the detector only when something reads its answer: a gated model on some side, or `writeLanguage`. */
  static async start(shared: SharedSettings, labelers: readonly SideLabeler[]): Promise<LanguageStep | undefined> {
    const gatedSides = shared.languageGate ? labelers.filter((labeler) => labeler.languages !== undefined).map((labeler) => labeler.side) : [];
    const sides = shared.sides.filter((side) => shared.writeLanguage || gatedSides.includes(side));
    if (sides.length === 0) return undefined;
    let detector: LanguageDetector;
    try {
      detector = await acquireLanguageDetector();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`language detection (eld/${ELD_DATABASE}) could not load: ${reason}; reinstall the package, or set languageGate and writeLanguage to no`);
    }
    if (shared.languageGate) warnOnUndetectableLanguages(detector, labelers);
    return new LanguageStep(detector, sides);
  }

  /** The confident language of each side's text that needs one (each text detected once); short or ambiguous text has none. */
  async detect(texts: SideTexts): Promise<SideLanguages> {
    const languages: SideLanguages = {};
    await Promise.all(this.sides.map(async (side) => {
      const text = texts[side];
      const language = text === undefined ? undefined : await this.detector.detect(text);
      if (language !== undefined) languages[side] = language;
    }));
    return languages;
  }

  stop(): Promise<void> {
    return releaseLanguageDetector();
  }
}

/** `user_language` / `agent_language` for the detected sides; a property already on the event is kept unless `overwrite`. */
export function languageProperties(languages: SideLanguages, existing: Record<string, unknown>, overwrite: boolean): Record<string, string> {
  const added: Record<string, string> = {};
  for (const [side, language] of Object.entries(languages) as Array<[Side, string]>) {
    const name = languagePropertyName(side);
    if (overwrite || !Object.prototype.hasOwnProperty.call(existing, name)) added[name] = language;
  }
  return added;
}
