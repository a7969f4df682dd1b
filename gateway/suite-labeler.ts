import * as suite from '../index';
import { type ClassifierPluginMeta, SHARED_SETTINGS, addedProperties, labelingStats, parseSharedSettings, readSetting } from '../shared';

type EventNames = ReturnType<typeof parseSharedSettings>['eventNames'];

const ABANDONED_WORK_MS = 1000;

/**
 * The suite plugin set up once with the gateway's settings: the same processEvent, models and settings as `serve`.
 * Its per-event budget (timeoutMs) is capped a second past the gateway's labeling budget: the gateway's own deadline,
 * which it can see (processEvent hides its time-outs), comes first, and abandoned work ends soon after.
 */
export class SuiteLabeler {
  private readonly meta: ClassifierPluginMeta;
  private eventNames: EventNames | undefined;
  /** How each selected name (or prefix) is spelled inside JSON text, for a look before parsing. */
  private needles: string[] = [];
  private loaded = false;
  readonly ready: Promise<void>;

  constructor(settings: Record<string, string>, labelTimeoutMs: number) {
    const config: Record<string, string> = { ...settings };
    try {
      config.timeoutMs = String(Math.min(readSetting(config, SHARED_SETTINGS.timeoutMs), labelTimeoutMs + ABANDONED_WORK_MS));
    } catch {
      // A malformed timeoutMs is left for setupPlugin to refuse with its own message naming it.
    }
    this.meta = { config, global: {} };
    this.ready = suite.setupPlugin(this.meta).then(() => {
      this.eventNames = parseSharedSettings(config).eventNames;
      this.needles = this.eventNames.patterns.map((pattern) => (pattern.endsWith('*') ? JSON.stringify(pattern.slice(0, -1)).slice(0, -1) : JSON.stringify(pattern)));
      this.loaded = true;
    });
    this.ready.catch(() => undefined);
  }

  isReady(): boolean {
    return this.loaded;
  }

  /** Whether the settings' `eventNames` select this event: the ones processEvent would read. */
  selects(event: unknown): boolean {
    return this.eventNames !== undefined && typeof event === 'object' && event !== null && this.eventNames.matches((event as { event?: unknown }).event);
  }

  /**
   * False when no selected event name appears in `json` at all, so it holds no event to label and need not be parsed
   * (most capture traffic: pageviews, autocapture). A name written with \u escapes is not found: that event goes
   * on unlabeled, as it came.
   */
  mayHoldSelected(json: string): boolean {
    return this.needles.some((needle) => json.includes(needle));
  }

  /** The label properties processEvent adds to a copy of `event` (empty when none); the event itself is not changed. */
  async labelsFor(event: { event: string; properties?: Record<string, unknown> }): Promise<Record<string, unknown>> {
    const copy = { ...event, properties: event.properties ? { ...event.properties } : undefined };
    const labeled = await suite.processEvent(copy, this.meta);
    return addedProperties(event.properties, labeled.properties);
  }

  /** session.run calls that threw so far, over every model: how a labeling failure shows from outside processEvent. */
  failedSessionRuns(): number {
    return this.modelStats().reduce((sum, row) => sum + row.failedSessionRuns, 0);
  }

  modelStats(): ReturnType<typeof labelingStats> {
    return labelingStats(this.meta);
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    if (this.loaded) await suite.teardownPlugin(this.meta);
    this.loaded = false;
  }
}
