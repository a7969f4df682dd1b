import type { CircuitBreaker } from '../sandbox/circuit-breaker';
import { type CaptureRequestInfo, decodeCaptureBody } from './capture-encoding';
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

/** Reports each probe of the breaker once, whichever of the labeling and its time-out ends first. */
function breakerReport(breaker: CircuitBreaker): { allow(): boolean; succeeded(): void; failed(): void } {
  let pending = false;
  return {
    allow: () => (pending = breaker.allow()),
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

/**
 * Decodes a capture body, labels its LLM events with the suite's processEvent, and re-encodes it the way it came,
 * all within `timeoutMs`; on anything else than labels added, the caller forwards the original bytes.
 */
export async function labelCaptureBody(body: Buffer, request: CaptureRequestInfo, context: LabelingContext): Promise<LabelOutcome> {
  const report = breakerReport(context.breaker);
  let candidates = 0;
  let others = 0;

  const work = async (): Promise<Omit<LabelOutcome, 'settled'>> => {
    const decoding = await decodeCaptureBody(body, request, context.maxDecodedBytes);
    if (!decoding.ok) return { result: decoding.reason, events: NO_EVENTS };
    const { decoded } = decoding;
    if (!context.reserve(decoded.decodedBytes)) return { result: 'busy', events: NO_EVENTS };
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoded.json);
    } catch {
      return { result: 'undecodable', events: NO_EVENTS };
    }
    const events = payloadEvents(decoded.json, parsed);
    if (events === undefined) return { result: 'undecodable', events: NO_EVENTS };
    const selected = events.filter((item): item is PayloadEvent & { value: { event: string; properties?: Record<string, unknown> } } => isEventObject(item.value) && context.labeler.selects(item.value));
    candidates = selected.length;
    others = events.length - candidates;
    if (candidates === 0) return { result: 'no_llm_events', events: { labeled: 0, unlabeled: 0, other: others } };
    if (!report.allow()) return { result: 'circuit_open', events: { labeled: 0, unlabeled: candidates, other: others } };

    const failuresBefore = context.labeler.failedSessionRuns();
    const labeling = Promise.all(selected.map(async (item) => ({ span: item.span, added: await context.labeler.labelsFor(item.value) })));
    const labels = (await labeling).filter((item) => Object.keys(item.added).length > 0);
    if (labels.length === 0) {
      if (context.labeler.failedSessionRuns() > failuresBefore) report.failed();
      else report.succeeded();
      return { result: 'no_labels', events: { labeled: 0, unlabeled: candidates, other: others } };
    }
    report.succeeded();
    const edited = withAddedProperties(decoded.json, labels);
    if (edited.written === 0) return { result: 'no_labels', events: { labeled: 0, unlabeled: candidates, other: others } };
    return { result: 'labeled', body: await decoded.encode(edited.json), events: { labeled: edited.written, unlabeled: candidates - edited.written, other: others } };
  };

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), context.timeoutMs);
  });
  const running = work();
  const settled = running.then(
    () => undefined,
    () => undefined,
  );
  try {
    const outcome = await Promise.race([running, timedOut]);
    if (outcome === 'timeout') {
      report.failed();
      return { result: 'timeout', events: candidates > 0 ? { labeled: 0, unlabeled: candidates, other: others } : NO_EVENTS, settled };
    }
    return { ...outcome, settled };
  } catch {
    // A bug of ours must cost the labels, never the events: the caller forwards the original bytes.
    report.failed();
    return { result: 'failed', events: candidates > 0 ? { labeled: 0, unlabeled: candidates, other: others } : NO_EVENTS, settled };
  } finally {
    clearTimeout(timer);
  }
}
