import { processEvent, setupPlugin, suiteSpecs, teardownPlugin } from '../../index';
import { propertyNames, type ClassifierPluginMeta } from '../../shared';
import { SIDES } from '../../shared/plugin/classifier-spec';
import type { RawConfig } from '../../shared/settings/setting-readers';
import { UsageError, firstLine } from '../cli-error';
import type { ProgressBar } from '../progress';
import { type InputSource, readInputRecords, type InputRecord } from './input-records';
import { runInOrder } from './ordered-pipeline';
import { type RunSummary, countLabel, emptySummary } from './summary';

export interface ClassifiedRecord {
  /** The line to write: the input line itself when nothing changed, else the labeled event as JSON. */
  line: string;
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

type Outcome = { kind: 'invalid' | 'blank' | 'not-event'; record: InputRecord } | { kind: 'event'; record: InputRecord; event: Record<string, unknown>; labeled: Record<string, unknown> };

const LABEL_PROPERTIES = suiteSpecs.flatMap((spec) => SIDES.map((side) => propertyNames(spec, side).label));

function isEventObject(value: unknown): value is Record<string, unknown> & { event: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { event?: unknown }).event === 'string';
}

function propertiesOf(event: Record<string, unknown>): Record<string, unknown> {
  const properties = event.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
}

/** The core's message, plus the flag that set the named setting, plus the way out when the default models are missing. */
function explainSetupError(message: string, sources: Record<string, string>): string {
  const key = /^(\w+) /.exec(message)?.[1];
  const source = key !== undefined ? sources[key] : undefined;
  const hint = /models\/default-/.test(message) ? '; the default models are not installed: download the reference models (`llm-classify models download`) and add --accurate, or name model folders with --emotion-model, --toxicity-model, --user-flow-model, --agent-flow-model' : '';
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
      if (record.raw.trim() === '') return { kind: 'blank', record };
      try {
        value = JSON.parse(record.raw);
      } catch {
        return { kind: 'invalid', record };
      }
    }
    if (!isEventObject(value)) return { kind: 'not-event', record };
    try {
      return { kind: 'event', record, event: value, labeled: await processEvent(value, meta) };
    } catch {
      // processEvent never throws; this guard keeps the promise chain of runInOrder from rejecting regardless.
      return { kind: 'event', record, event: value, labeled: value };
    }
  };
  const emit = async (outcome: Outcome): Promise<void> => {
    summary.linesRead++;
    if (outcome.kind === 'invalid') summary.invalidLines++;
    else if (outcome.kind === 'blank') summary.blankLines++;
    else if (outcome.kind === 'not-event') summary.notEvents++;
    if (outcome.kind !== 'event') {
      await run.emit({ line: outcome.record.raw });
    } else if (outcome.labeled === outcome.event) {
      summary.passedThrough++;
      await run.emit({ line: outcome.record.raw, inputEvent: outcome.event });
    } else {
      summary.classified++;
      const before = propertiesOf(outcome.event);
      const after = propertiesOf(outcome.labeled);
      for (const property of LABEL_PROPERTIES) {
        if (typeof after[property] === 'string' && after[property] !== before[property]) countLabel(summary, property, after[property] as string);
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
