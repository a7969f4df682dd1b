import { type LabelOutcome, addedProperties, processEventWithOutcome } from '../shared';
import { HttpError } from './http-error';
import type { RuntimeLease } from './runtime-pool';

/** What a request may send as an event: PostHog's event shape; only `event` is required. */
export interface WireEvent {
  event: string;
  uuid?: string;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks one event of a request body; `where` names it in the 400 message (`event`, `events[3]`). */
export function readWireEvent(raw: unknown, where: string): WireEvent {
  if (!isPlainObject(raw)) throw new HttpError(400, 'invalid_event', `${where} must be an event object such as {"event": "llm-task", "properties": {"$llm_input": "...", "$llm_output": "..."}}`);
  if (typeof raw.event !== 'string') throw new HttpError(400, 'invalid_event', `${where}.event must be the event name as a string (e.g. "llm-task" or "$ai_generation")`);
  if (raw.properties !== undefined && raw.properties !== null && !isPlainObject(raw.properties)) throw new HttpError(400, 'invalid_event', `${where}.properties must be an object of event properties`);
  return raw as WireEvent;
}

/** One event's answer: the properties labeling added, and what happened (a time-out is not "nothing to label"). */
export interface EventResult {
  properties: Record<string, unknown>;
  outcome: LabelOutcome;
}

/**
 * Runs the suite's processEvent on every event at once (so their texts share micro-batches), keeping order, and
 * answers the properties it added: what a remote caller merges into its own copy of the event. processEvent labels
 * the object it is given, so it gets a copy of the properties and the request's own stay as they came.
 */
export async function labelEvents(events: readonly WireEvent[], lease: RuntimeLease): Promise<EventResult[]> {
  const copies = events.map((event) => ({ ...event, properties: event.properties ? { ...event.properties } : undefined }));
  const outcomes = await Promise.all(copies.map((copy) => processEventWithOutcome(copy, lease.meta)));
  return outcomes.map((outcome, index) => ({ properties: addedProperties(events[index].properties, copies[index].properties), outcome }));
}
