import type { CircuitBreaker } from '../sandbox/circuit-breaker';
import { type CaptureRequestInfo, type DecodedCapture, decodeCaptureBody } from './capture-encoding';
import { type PayloadEvent, payloadEvents, withAddedProperties } from './capture-payload';
import type { SuiteLabeler } from './suite-labeler';

/**
 * What happened to one capture request. `labeled`: some events gained labels and the re-encoded body goes upstream;
 * every other result sends the original bytes: `no_labels` (LLM events, nothing added: no text, labels already
 * there, or the models failed), `no_llm_events`, `timeout` (past --label-timeout-ms), `circuit_open`, `busy` (at the
 * labeling limits), `not_ready` (models loading), `too_large`, `undecodable`, `failed` (an error of the gateway's own).
 */
export const CAPTURE_RESULTS = ['labeled', 'no_labels', 'no_llm_events', 'timeout', 'circuit_open', 'busy', 'not_ready', 'too_large', 'undecodable', 'failed'] as const;
export type CaptureResult = (typeof CAPTURE_RESULTS)[number];

export interface EventCounts {
  /** Events that gained labels. */
  labeled: number;
  /** Events the settings select (LLM events) that went on without labels. */
  unlabeled: number;
  /** Events the settings do not select, forwarded as they came. */
  other: number;
}

export interface LabelOutcome {
  result: CaptureResult;
  /** The body to forward when `result` is `labeled`. */
  body?: Buffer;
  events: EventCounts;
  /** Settles when every processEvent call of the request has ended (after a time-out, later than the outcome). */
  settled: Promise<void>;
}

export interface LabelingContext {
  labeler: SuiteLabeler;
  breaker: CircuitBreaker;
  timeoutMs: number;
  maxDecodedBytes: number;
  /** Counts decoded bytes against the request's memory budget; false when they do not fit. */
  reserve(bytes: number): boolean;
}

const NO_EVENTS: EventCounts = { labeled: 0, unlabeled: 0, other: 0 };
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEventObject = (value: unknown): value is { event: string; properties?: Record<string, unknown> } =>
  isPlainObject(value) && typeof value.event === 'string' && (value.properties === undefined || isPlainObject(value.properties));

/** Reports a probe of the breaker once, whichever of the labeling and its time-out ends first. */
function reportOnce(breaker: CircuitBreaker): { succeeded(): void; failed(): void } {
  let pending = true;
  return {
    succeeded: () => {
      if (pending) breaker.succeeded();
      pending = false;
    },
    failed: () => {
      if (pending) breaker.failed();
      pending = false;
    },
  };
}

type SelectedEvent = PayloadEvent & { value: { event: string; properties?: Record<string, unknown> } };

/**
 * Labels the selected events and re-encodes the body, within `timeoutMs`. processEvent calls still running at the
 * time-out go on (the suite's own timeoutMs, capped at the same budget, ends them); `settled` says when.
 */
async function labelWithinBudget(decoded: DecodedCapture, selected: SelectedEvent[], counts: EventCounts, context: LabelingContext): Promise<LabelOutcome> {
  const report = reportOnce(context.breaker);
  const failuresBefore = context.labeler.failedSessionRuns();
  const unlabeled = { ...counts, unlabeled: selected.length };
  const work = async (): Promise<Omit<LabelOutcome, 'settled'>> => {
    const labels = (await Promise.all(selected.map(async (item) => ({ span: item.span, added: await context.labeler.labelsFor(item.value) })))).filter((item) => Object.keys(item.added).length > 0);
    if (labels.length === 0) {
      // processEvent hides a model error from its caller; the models' failure counters show it.
      if (context.labeler.failedSessionRuns() > failuresBefore) report.failed();
      else report.succeeded();
      return { result: 'no_labels', events: unlabeled };
    }
    report.succeeded();
    const edited = withAddedProperties(decoded.json, labels);
    if (edited.written === 0) return { result: 'no_labels', events: unlabeled };
    return { result: 'labeled', body: await decoded.encode(edited.json), events: { ...counts, labeled: edited.written, unlabeled: selected.length - edited.written } };
  };
  const running = work();
  const settled = running.then(
    () => undefined,
    () => undefined,
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), context.timeoutMs);
  });
  try {
    const outcome = await Promise.race([running, timedOut]);
    if (outcome !== 'timeout') return { ...outcome, settled };
    report.failed();
    return { result: 'timeout', events: unlabeled, settled };
  } catch {
    // A bug of ours must cost the labels, never the events: the caller forwards the original bytes.
    report.failed();
    return { result: 'failed', events: unlabeled, settled };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Decodes a capture body, labels its LLM events with the suite's processEvent, and re-encodes it the way it came; the
 * labeling and re-encoding get `timeoutMs`. On any result but `labeled` the caller forwards the original bytes.
 */
export async function labelCaptureBody(body: Buffer, request: CaptureRequestInfo, context: LabelingContext): Promise<LabelOutcome> {
  const done = (result: CaptureResult, events: EventCounts = NO_EVENTS): LabelOutcome => ({ result, events, settled: Promise.resolve() });
  let decoded: DecodedCapture;
  let selected: SelectedEvent[];
  let counts: EventCounts;
  try {
    const decoding = await decodeCaptureBody(body, request, context.maxDecodedBytes);
    if (!decoding.ok) return done(decoding.reason);
    decoded = decoding.decoded;
    if (!context.labeler.mayHoldSelected(decoded.json)) return done('no_llm_events');
    if (!context.reserve(decoded.decodedBytes)) return done('busy');
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoded.json);
    } catch {
      return done('undecodable');
    }
    const events = payloadEvents(decoded.json, parsed);
    if (events === undefined) return done('undecodable');
    selected = events.filter((item): item is SelectedEvent => isEventObject(item.value) && context.labeler.selects(item.value));
    counts = { labeled: 0, unlabeled: 0, other: events.length - selected.length };
  } catch {
    return done('failed');
  }
  if (selected.length === 0) return done('no_llm_events', counts);
  if (!context.breaker.allow()) return done('circuit_open', { ...counts, unlabeled: selected.length });
  return labelWithinBudget(decoded, selected, counts, context);
}
