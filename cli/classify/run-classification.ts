import { processEvent, setupPlugin, teardownPlugin } from '../../index';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { SUITE_SETTINGS } from '../../plugins/suite-settings';
import { type ClassifierPluginMeta, type RawConfig, SIDES, addedProperties, propertyNames } from '../../shared';
import { UsageError, firstLine } from '../cli-error';
import type { ProgressBar } from '../progress';
import { type InputSource, readInputRecords, type InputRecord } from './input-records';
import { runInOrder } from './ordered-pipeline';
import { type RunSummary, countLabel, emptySummary } from './summary';

export interface ClassifiedRecord {
  /** The line to write: the input line's own bytes when nothing changed, else the labeled event as JSON. */
  line: string | Buffer;
  /** The labeled event when labels were added (for the demo table). */
  labeledEvent?: Record<string, unknown>;
  /** The event as read, when the record was an event. */
  inputEvent?: Record<string, unknown>;
}

export interface ClassificationRun {
  /** Suite settings, keys as in the root plugin.json (`emotionThreshold`, `flowUserModelDir`, ...). */
  config: RawConfig;
  /** Which flag or file set each setting, for error messages. */
  settingSources?: Record<string, string>;
  input: InputSource;
  emit: (record: ClassifiedRecord) => Promise<void> | void;
  /** Events in flight through processEvent at once. */
  concurrency: number;
  progress?: ProgressBar;
}

/** An event's outcome: `added` holds the properties labeling added (empty: write the input line unchanged). */
type Outcome = { kind: 'invalid' | 'blank' | 'not-event'; record: InputRecord } | { kind: 'event'; record: InputRecord; event: Record<string, unknown>; labeled: Record<string, unknown>; added: Record<string, unknown> };

const LABEL_PROPERTIES = CLASSIFIER_SPECS.flatMap((spec) => SIDES.map((side) => propertyNames(spec, side).label));

function isEventObject(value: unknown): value is Record<string, unknown> & { event: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { event?: unknown }).event === 'string';
}

function propertiesOf(event: Record<string, unknown>): Record<string, unknown> {
  const properties = event.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
}

const MODEL_FLAGS = SUITE_SETTINGS.flatMap((setting) => (setting.type === 'folder' && setting.flag ? [`--${setting.flag.name}`] : [])).join(', ');

/** The core's message, plus the flag that set the named setting, plus the way out when the default models are missing. */
function explainSetupError(message: string, sources: Record<string, string>): string {
  const key = /^(\w+) /.exec(message)?.[1];
  const source = key !== undefined ? sources[key] : undefined;
  const hint = /models\/default-/.test(message) ? `; the default models are not installed: download the reference models (\`llm-classify models download\`) and add --accurate, or name model folders with ${MODEL_FLAGS}` : '';
  return `settings: ${message}${source ? ` (set by ${source})` : ''}${hint}`;
}

/**
 * Sets up the suite plugin with `config`, runs every input record through the suite's own `processEvent`
 * (the code PostHog runs), and emits one output record per input record, in input order.
 */
export async function runClassification(run: ClassificationRun): Promise<RunSummary> {
  const meta: ClassifierPluginMeta = { config: run.config, global: {} };
  try {
    await setupPlugin(meta);
  } catch (error) {
    // Every setup failure is a setting to fix (bad value, missing or unusable model folder).
    throw new UsageError(explainSetupError(firstLine(error), run.settingSources ?? {}));
  }
  const summary = emptySummary();
  const startedAt = process.hrtime.bigint();
  const bytesRead = { value: 0 };
  const label = async (record: InputRecord): Promise<Outcome> => {
    let value: unknown;
    if (record.parsed) value = record.parsed.value;
    else {
      if (record.text === undefined) return { kind: 'invalid', record };
      if (record.text.trim() === '') return { kind: 'blank', record };
      try {
        value = JSON.parse(record.text);
      } catch {
        return { kind: 'invalid', record };
      }
    }
    if (!isEventObject(value)) return { kind: 'not-event', record };
    // processEvent labels the object it is given: it gets a copy, so the event as read stays for the comparison.
    const copy = { ...value, properties: { ...propertiesOf(value) } };
    try {
      const labeled = await processEvent(copy, meta);
      return { kind: 'event', record, event: value, labeled, added: addedProperties(propertiesOf(value), propertiesOf(labeled)) };
    } catch {
      // processEvent never throws; this guard keeps the promise chain of runInOrder from rejecting regardless.
      return { kind: 'event', record, event: value, labeled: value, added: {} };
    }
  };
  const emit = async (outcome: Outcome): Promise<void> => {
    summary.linesRead++;
    if (outcome.kind === 'invalid') summary.invalidLines++;
    else if (outcome.kind === 'blank') summary.blankLines++;
    else if (outcome.kind === 'not-event') summary.notEvents++;
    if (outcome.kind !== 'event') {
      await run.emit({ line: outcome.record.raw });
    } else if (Object.keys(outcome.added).length === 0) {
      summary.passedThrough++;
      await run.emit({ line: outcome.record.raw, inputEvent: outcome.event });
    } else {
      summary.classified++;
      for (const property of LABEL_PROPERTIES) {
        const label = outcome.added[property];
        if (typeof label === 'string') countLabel(summary, property, label);
      }
      await run.emit({ line: JSON.stringify(outcome.labeled), labeledEvent: outcome.labeled, inputEvent: outcome.event });
    }
    if (run.progress) {
      const done = summary.classified + summary.passedThrough;
      const estimatedTotal = run.input.totalBytes && bytesRead.value > 0 ? Math.round((summary.linesRead * run.input.totalBytes) / bytesRead.value) : undefined;
      run.progress.update({ done: summary.linesRead, total: estimatedTotal, detail: `${done} events, ${summary.classified} labeled` });
    }
  };
  try {
    await runInOrder(readInputRecords(run.input, bytesRead), label, emit, run.concurrency);
  } finally {
    run.progress?.clear();
    await teardownPlugin(meta);
  }
  summary.seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  return summary;
}
