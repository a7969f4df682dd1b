import { type ClassifierOptions, acquireTextClassifier, releaseTextClassifier } from '../inference/classifier-registry';
import type { ClassifierStats, TextClassifier } from '../inference/text-classifier';
import { logWarning, logWarningThrottled } from '../log';
import { quoted } from '../quoted';
import { QueueFullError } from '../inference/micro-batcher';
import { type ClassifierSettings, type SharedSettings, parseClassifierSettings, parseSharedSettings } from '../settings/parse-settings';
import type { RawConfig } from '../settings/read-setting';
import { extractConversationTexts } from '../text/extract-conversation-texts';
import type { ClassifierSpec } from './classifier-spec';
import { LanguageStep, type SideLanguages, type SideTexts, languageProperties } from './language-step';
import { SideLabeler } from './side-labeler';
import { warnOnLabelsOutsideSlot } from './slot-vocabulary';

/**
 * What labeling did to one event: `labeled` (properties added), `unchanged` (nothing to label: another event name,
 * no text, labels already there), `timed_out` (the time budget ran out) or `failed` (a model error, a full queue).
 */
export type LabelOutcome = 'labeled' | 'unchanged' | 'timed_out' | 'failed';

/** The smallest event shape we rely on; PostHog's PluginEvent fits it. */
export interface LabelableEvent {
  event: string;
  uuid?: string;
  properties?: Record<string, unknown>;
}

export class LabelTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`labels not ready within timeoutMs=${timeoutMs}`);
  }
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LabelTimeoutError(timeoutMs)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const NO_LANGUAGES: SideLanguages = {};

function describeEvent(event: LabelableEvent | null | undefined): string {
  if (typeof event !== 'object' || event === null) return 'a non-object event';
  return `event ${quoted(String(event.event))}${typeof event.uuid === 'string' ? ` (uuid ${quoted(event.uuid)})` : ''}`;
}

/** What a configured plugin instance holds between setup and teardown. */
export class LabelingRuntime {
  private constructor(
    readonly shared: SharedSettings,
    readonly labelers: SideLabeler[],
    private readonly language: LanguageStep | undefined,
  ) {}

  /** Parses settings and loads every model the settings name; throws a message naming the field or path on bad settings. */
  static async start(config: RawConfig, classifierSettings: (shared: SharedSettings) => ClassifierSettings[]): Promise<LabelingRuntime> {
    const shared = parseSharedSettings(config);
    const labelers: SideLabeler[] = [];
    let language: LanguageStep | undefined;
    try {
      for (const settings of classifierSettings(shared)) {
        for (const side of settings.sides) {
          const model = settings.modelBySide[side];
          if (model === undefined) continue;
          const options: ClassifierOptions = { modelDir: model.dir, executionProvider: shared.executionProvider, maxTokens: shared.maxTokens, batching: shared.batching, cacheSize: shared.cacheSize };
          const classifier = await acquireTextClassifier(options);
          labelers.push(new SideLabeler(settings, side, classifier, options));
          warnOnLabelsOutsideSlot(classifier.model.dir, classifier.labels, model.slot);
        }
      }
      language = await LanguageStep.start(shared, labelers);
    } catch (error) {
      await Promise.all(labelers.map((labeler) => releaseTextClassifier(labeler.classifier, labeler.classifierOptions)));
      throw error;
    }
    return new LabelingRuntime(shared, labelers, language);
  }

  static parseClassifiers(config: RawConfig, specs: readonly ClassifierSpec[], prefixed: boolean, shared: SharedSettings): ClassifierSettings[] {
    return specs.map((spec) => parseClassifierSettings(config, spec, prefixed ? spec.name : '', shared));
  }

  /**
   * Adds the label properties to `event.properties` in place, as PostHog's own plugins do (PostHog keeps its
   * bookkeeping on the object it passed in), and says what it did. All labels are added at once, after every
   * classification of the event has succeeded; on any failure, time-out or odd input the event is left
   * untouched, with one log line that never quotes its text. A model's labels for text confidently in a language
   * it does not declare are not written (`languageGate`): that is no failure, the other labels are. Never throws.
   */
  async label(event: LabelableEvent): Promise<LabelOutcome> {
    try {
      if (typeof event !== 'object' || event === null || !this.shared.eventNames.matches(event.event)) return 'unchanged';
      const properties = event.properties;
      if (properties === undefined) return 'unchanged';
      const { userText, agentText } = extractConversationTexts(event.event, properties);
      const texts: SideTexts = { user: userText, agent: agentText };
      const work = this.labelers.flatMap((labeler) => {
        const text = texts[labeler.side];
        if (text === undefined) return [];
        if (!this.shared.overwriteLabels && Object.prototype.hasOwnProperty.call(properties, labeler.names.label)) return [];
        return [{ labeler, result: labeler.label(text, this.shared.writeScores) }];
      });
      if (work.length === 0 && !this.shared.writeLanguage) return 'unchanged';
      // Detection runs on its own thread beside the models; a gated model's answer is simply not written.
      const [languages, outcomes] = await withTimeout(Promise.all([this.language?.detect(texts) ?? NO_LANGUAGES, Promise.allSettled(work.map((item) => item.result))]), this.shared.timeoutMs);
      const written = work.map(({ labeler }) => !this.shared.languageGate || labeler.knowsLanguage(languages[labeler.side]));
      const failures = outcomes.flatMap((outcome, index) => (outcome.status === 'rejected' && written[index] ? [{ labeler: work[index].labeler, reason: outcome.reason as unknown }] : []));
      if (failures.length > 0) {
        const { labeler, reason } = failures[0];
        const labelerName = `${labeler.classifierName} (${labeler.side})`;
        const message = `${describeEvent(event)} passed through unlabeled: ${labelerName} failed${failures.length > 1 ? ` (and ${failures.length - 1} more)` : ''}: ${errorMessage(reason)}`;
        if (reason instanceof QueueFullError) logWarningThrottled(`queue-full ${labelerName}`, message);
        else logWarning(message);
        return 'failed';
      }
      const added: Record<string, unknown> = this.shared.writeLanguage ? languageProperties(languages, properties, this.shared.overwriteLabels) : {};
      outcomes.forEach((outcome, index) => {
        if (outcome.status === 'fulfilled' && written[index]) Object.assign(added, outcome.value);
      });
      if (Object.keys(added).length === 0) return 'unchanged';
      Object.assign(properties, added);
      return 'labeled';
    } catch (error) {
      const message = `${describeEvent(event)} passed through unlabeled: ${errorMessage(error)}`;
      if (error instanceof LabelTimeoutError) {
        // Under overload every event can time out: one line per 10 s, with the count of those left out.
        logWarningThrottled('label-timeout', message);
        return 'timed_out';
      }
      logWarning(message);
      return 'failed';
    }
  }

  /** Counters of each distinct model this instance uses (user and agent sides often share one). */
  stats(): Array<{ classifier: string; modelDir: string } & ClassifierStats> {
    const seen = new Set<TextClassifier>();
    return this.labelers.flatMap((labeler) => {
      if (seen.has(labeler.classifier)) return [];
      seen.add(labeler.classifier);
      return [{ classifier: labeler.classifierName, modelDir: labeler.classifier.model.dir, ...labeler.classifier.stats() }];
    });
  }

  async stop(): Promise<void> {
    await Promise.all([...this.labelers.map((labeler) => releaseTextClassifier(labeler.classifier, labeler.classifierOptions)), this.language?.stop()]);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
}
