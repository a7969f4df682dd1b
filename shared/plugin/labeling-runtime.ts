import { type ClassifierOptions, acquireTextClassifier, releaseTextClassifier } from '../inference/classifier-registry';
import type { ClassifierStats, TextClassifier } from '../inference/text-classifier';
import { logWarning, logWarningThrottled } from '../log';
import { QueueFullError } from '../inference/micro-batcher';
import { type ClassifierSettings, type SharedSettings, parseClassifierSettings, parseSharedSettings } from '../settings/parse-settings';
import type { RawConfig } from '../settings/setting-readers';
import { extractConversationTexts } from '../text/extract-conversation-texts';
import type { ClassifierSpec } from './classifier-spec';
import { SideLabeler } from './side-labeler';

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

function describeEvent(event: LabelableEvent | null | undefined): string {
  if (typeof event !== 'object' || event === null) return 'a non-object event';
  return `event ${JSON.stringify(String(event.event))}${typeof event.uuid === 'string' ? ` (uuid ${event.uuid})` : ''}`;
}

/** What a configured plugin instance holds between setup and teardown. */
export class LabelingRuntime {
  private constructor(
    readonly shared: SharedSettings,
    readonly labelers: SideLabeler[],
  ) {}

  /** Parses settings and loads every model the settings name; throws a message naming the field or path on bad settings. */
  static async start(config: RawConfig, classifierSettings: (shared: SharedSettings) => ClassifierSettings[]): Promise<LabelingRuntime> {
    const shared = parseSharedSettings(config);
    const labelers: SideLabeler[] = [];
    try {
      for (const settings of classifierSettings(shared)) {
        for (const side of shared.sides) {
          const modelDir = settings.modelDirBySide[side];
          if (modelDir === undefined) continue;
          const options: ClassifierOptions = { modelDir, executionProvider: shared.executionProvider, maxTokens: shared.maxTokens, batching: shared.batching, cacheSize: shared.cacheSize };
          const classifier = await acquireTextClassifier(options);
          labelers.push(new SideLabeler(settings, side, classifier, options));
        }
      }
    } catch (error) {
      await Promise.all(labelers.map((labeler) => releaseTextClassifier(labeler.classifier, labeler.classifierOptions)));
      throw error;
    }
    return new LabelingRuntime(shared, labelers);
  }

  static parseClassifiers(config: RawConfig, specs: readonly ClassifierSpec[], prefixed: boolean): ClassifierSettings[] {
    return specs.map((spec) => parseClassifierSettings(config, spec, prefixed ? spec.name : ''));
  }

  /**
   * Returns the event with label properties added (a new event object with a new properties object), or the
   * very same event object when nothing applies or anything fails. Never throws.
   */
  async label<E extends LabelableEvent>(event: E): Promise<E> {
    try {
      if (typeof event !== 'object' || event === null || !this.shared.eventNames.matches(event.event)) return event;
      const properties = event.properties;
      const texts = extractConversationTexts(event.event, properties);
      const work = this.labelers.flatMap((labeler) => {
        const text = labeler.side === 'user' ? texts.userText : texts.agentText;
        if (text === undefined) return [];
        if (!this.shared.overwriteLabels && properties !== undefined && Object.prototype.hasOwnProperty.call(properties, labeler.names.label)) return [];
        return [{ labeler, result: labeler.label(text, this.shared.writeScores) }];
      });
      if (work.length === 0) return event;
      const outcomes = await withTimeout(Promise.allSettled(work.map((item) => item.result)), this.shared.timeoutMs);
      const added: Record<string, unknown> = {};
      outcomes.forEach((outcome, index) => {
        if (outcome.status === 'fulfilled') {
          Object.assign(added, outcome.value);
          return;
        }
        const labelerName = `${work[index].labeler.classifierName} (${work[index].labeler.side})`;
        const message = `${labelerName}: ${describeEvent(event)} passed through without this label: ${errorMessage(outcome.reason)}`;
        if (outcome.reason instanceof QueueFullError) logWarningThrottled(`queue-full ${labelerName}`, message);
        else logWarning(message);
      });
      if (Object.keys(added).length === 0) return event;
      return { ...event, properties: { ...properties, ...added } };
    } catch (error) {
      logWarning(`${describeEvent(event)} passed through unlabeled: ${errorMessage(error)}`);
      return event;
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
    await Promise.all(this.labelers.map((labeler) => releaseTextClassifier(labeler.classifier, labeler.classifierOptions)));
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
}
