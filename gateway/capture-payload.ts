import { type Span, arrayItems, objectMembers, skipSpace } from './json-spans';

/** One event of a capture payload: its parsed value (a copy to label) and where its bytes are in the JSON text. */
export interface PayloadEvent {
  value: unknown;
  span: Span;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The events of a capture payload in the shapes capture accepts: an array of events (posthog-js), a batch object
 * `{"api_key": ..., "batch": [...]}` (posthog-node, posthog-python, LiteLLM, Capture V1), or one event object
 * (`/capture/`). `parsed` is JSON.parse of `json`. Undefined for anything else (a string, a number).
 */
export function payloadEvents(json: string, parsed: unknown): PayloadEvent[] | undefined {
  const start = skipSpace(json, 0);
  if (Array.isArray(parsed)) return arrayItems(json, start).map((span, index) => ({ value: parsed[index], span }));
  if (!isPlainObject(parsed)) return undefined;
  const batch = parsed.batch;
  if (!Array.isArray(batch)) return [{ value: parsed, span: { start, end: skipSpaceBack(json) } }];
  // JSON.parse keeps the last of repeated keys; so does this.
  const member = objectMembers(json, start).members.filter((candidate) => candidate.key === 'batch').pop();
  if (member === undefined) return undefined;
  return arrayItems(json, member.value.start).map((span, index) => ({ value: batch[index], span }));
}

function skipSpaceBack(json: string): number {
  let end = json.length;
  while (end > 0 && /\s/.test(json[end - 1])) end--;
  return end;
}

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits that add `added` to the `properties` object of the event at `span`: a key the object has gets its value
 * replaced (labels written with overwriteLabels), others are appended before its `}`. Undefined when the event has no
 * single `properties` object, so it is left as it came.
 */
function propertyEdits(json: string, span: Span, added: Record<string, unknown>): TextEdit[] | undefined {
  const candidates = objectMembers(json, span.start).members.filter((member) => member.key === 'properties');
  if (candidates.length !== 1 || json.charCodeAt(candidates[0].value.start) !== 0x7b) return undefined;
  const { members, close } = objectMembers(json, candidates[0].value.start);
  const edits: TextEdit[] = [];
  const appended: string[] = [];
  for (const [key, value] of Object.entries(added)) {
    const encoded = JSON.stringify(value);
    if (encoded === undefined) continue;
    const existing = members.filter((member) => member.key === key).pop();
    if (existing) edits.push({ start: existing.value.start, end: existing.value.end, text: encoded });
    else appended.push(`${JSON.stringify(key)}:${encoded}`);
  }
  if (appended.length > 0) edits.push({ start: close, end: close, text: `${members.length > 0 ? ',' : ''}${appended.join(',')}` });
  return edits;
}

/** `json` with each listed event's added properties written in; every other byte unchanged. Reports which events took them. */
export function withAddedProperties(json: string, labeled: ReadonlyArray<{ span: Span; added: Record<string, unknown> }>): { json: string; written: number } {
  const edits: TextEdit[] = [];
  let written = 0;
  for (const { span, added } of labeled) {
    const eventEdits = propertyEdits(json, span, added);
    if (eventEdits === undefined || eventEdits.length === 0) continue;
    edits.push(...eventEdits);
    written++;
  }
  edits.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits) {
    pieces.push(json.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(json.slice(at));
  return { json: pieces.join(''), written };
}
