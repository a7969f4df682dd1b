import { type LabelOutcome, SHARED_SETTINGS, SettingsError, quoted, readSetting } from '../shared';
import { HttpError } from './http-error';
import { type EventResult, type WireEvent, labelEvents, readWireEvent } from './process-events';
import type { RuntimePool } from './runtime-pool';
import { type SuiteSettings, readRequestSettings } from './suite-settings';

export interface ApiContext {
  pool: RuntimePool;
  serverSettings: SuiteSettings;
  requestTimeoutMs: number;
  maxBatchEvents: number;
}

export interface LabelReply {
  body: unknown;
  /** Events per outcome, for /metrics. */
  outcomes: Record<LabelOutcome, number>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The settings a request runs with: the server's, then the request's, with the plugin's per-event time budget
 * capped by the server's per-request budget so a caller cannot hold the server longer than the operator allows.
 */
export function effectiveSettings(serverSettings: SuiteSettings, requestSettings: SuiteSettings, requestTimeoutMs: number): SuiteSettings {
  const merged: SuiteSettings = { ...serverSettings, ...requestSettings };
  const asked = (merged.timeoutMs ?? '').trim() === '' ? requestTimeoutMs : readTimeoutMs(merged);
  // A malformed value is left for setupPlugin to refuse with its own message naming timeoutMs.
  if (asked !== undefined) merged.timeoutMs = String(Math.min(asked, requestTimeoutMs));
  return merged;
}

function readTimeoutMs(settings: SuiteSettings): number | undefined {
  try {
    return readSetting(settings, SHARED_SETTINGS.timeoutMs);
  } catch {
    return undefined;
  }
}

function requestObject(body: unknown, example: string): Record<string, unknown> {
  if (!isPlainObject(body)) throw new HttpError(400, 'invalid_request', `request body must be a JSON object such as ${example}`);
  const unknownKeys = Object.keys(body).filter((key) => key !== 'event' && key !== 'events' && key !== 'settings');
  if (unknownKeys.length > 0) throw new HttpError(400, 'invalid_request', `unknown request field ${unknownKeys.map(quoted).join(', ')}; the fields are "event" (or "events" for /v1/process-batch) and optional "settings"`);
  return body;
}

async function runWithSettings(context: ApiContext, rawSettings: unknown, events: readonly WireEvent[]): Promise<EventResult[]> {
  let requestSettings: SuiteSettings;
  try {
    requestSettings = readRequestSettings(rawSettings);
  } catch (error) {
    if (error instanceof SettingsError) throw new HttpError(400, 'invalid_settings', error.message);
    throw error;
  }
  let lease;
  try {
    lease = await context.pool.acquire(effectiveSettings(context.serverSettings, requestSettings, context.requestTimeoutMs));
  } catch (error) {
    if (error instanceof SettingsError) throw new HttpError(400, 'invalid_settings', `settings: ${error.message}`);
    throw error;
  }
  try {
    return await labelEvents(events, lease);
  } finally {
    lease.release();
  }
}

function countOutcomes(results: readonly EventResult[]): LabelReply['outcomes'] {
  const outcomes: LabelReply['outcomes'] = { labeled: 0, unchanged: 0, timed_out: 0, failed: 0 };
  for (const { outcome } of results) outcomes[outcome]++;
  return outcomes;
}

/**
 * POST /v1/process: `{event, settings?}` → `{properties, outcome}`: the properties to add, and whether they are
 * empty because nothing applied (`unchanged`) or because labeling ran out of time or failed.
 */
export async function handleProcess(context: ApiContext, body: unknown): Promise<LabelReply> {
  const request = requestObject(body, '{"event": {"event": "llm-task", "properties": {...}}, "settings": {"emotionThreshold": "0.4"}}');
  if (request.event === undefined) throw new HttpError(400, 'invalid_request', 'request body has no "event"; send {"event": {...}} (use /v1/process-batch with "events" for several)');
  const event = readWireEvent(request.event, 'event');
  const results = await runWithSettings(context, request.settings, [event]);
  return { body: results[0], outcomes: countOutcomes(results) };
}

/** POST /v1/process-batch: `{events: [...], settings?}` → `{results: [{properties, outcome}, ...]}` in the same order. */
export async function handleProcessBatch(context: ApiContext, body: unknown): Promise<LabelReply> {
  const request = requestObject(body, '{"events": [{"event": "llm-task", "properties": {...}}], "settings": {}}');
  if (!Array.isArray(request.events)) throw new HttpError(400, 'invalid_request', 'request body needs "events": a list of event objects (use /v1/process with "event" for one)');
  if (request.events.length > context.maxBatchEvents) {
    throw new HttpError(413, 'too_many_events', `"events" holds ${request.events.length} events, over the limit of ${context.maxBatchEvents}; split the batch or start the server with a larger --max-batch-events`);
  }
  const events = request.events.map((event, index) => readWireEvent(event, `events[${index}]`));
  const results = await runWithSettings(context, request.settings, events);
  return { body: { results }, outcomes: countOutcomes(results) };
}
