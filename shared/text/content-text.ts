import { type JsonRecord, decodeJsonText, describeShape, isRecord } from './json-values';
import { joinTexts, ownText } from './own-text';
import type { ShapeNotes } from './shape-notes';

/** Typed parts whose text is the speaker's own words, and the key holding it. A refusal is the assistant's own answer. */
const TEXT_PART_KEYS: Record<string, string> = { text: 'text', input_text: 'text', output_text: 'text', refusal: 'refusal' };

/** Tool answers inside a user message (Anthropic `tool_result`, Vercel AI SDK `tool-result`). */
const TOOL_RESULT_PART_TYPES: ReadonlySet<string> = new Set(['tool_result', 'tool-result']);

/** Typed parts known to hold none of the speaker's own words: media, tool calls and results, reasoning, citations. */
const SKIPPED_PART_TYPES: ReadonlySet<string> = new Set([
  ...TOOL_RESULT_PART_TYPES,
  'image', 'image_url', 'input_image', 'audio', 'input_audio', 'file', 'input_file', 'document', 'source',
  'function', 'tool_use', 'tool-call', 'server_tool_use', 'web_search_tool_result', 'mcp_tool_use', 'mcp_tool_result',
  'thinking', 'redacted_thinking', 'reasoning', 'reasoning_text', 'summary_text',
]);

interface PartReader {
  shape: string;
  holds(part: unknown): boolean;
  text(part: unknown): string | undefined;
}

const typeOf = (part: unknown): string | undefined => (isRecord(part) && typeof part.type === 'string' ? part.type : undefined);

/** One reader per kind of content part, tried in order. */
const PART_READERS: PartReader[] = [
  { shape: 'text part', holds: (part) => Object.hasOwn(TEXT_PART_KEYS, typeOf(part) ?? ''), text: (part) => ownText((part as JsonRecord)[TEXT_PART_KEYS[typeOf(part) as string]]) },
  { shape: 'part without own words', holds: (part) => SKIPPED_PART_TYPES.has(typeOf(part) ?? ''), text: () => undefined },
];

export const PART_SHAPES = PART_READERS.map((reader) => reader.shape);

function partText(part: unknown, notes: ShapeNotes): string | undefined {
  const reader = PART_READERS.find((candidate) => candidate.holds(part));
  if (reader === undefined) {
    notes.unknown(`content part: ${describeShape(part)}`);
    return undefined;
  }
  notes.read(reader.shape);
  return reader.text(part);
}

/** Content as a list of parts: a list, a string holding a JSON list of typed parts, or a lone part object. */
export function contentParts(content: unknown): unknown[] | undefined {
  if (Array.isArray(content)) return content;
  if (isRecord(content)) return [content];
  if (typeof content !== 'string') return undefined;
  const decoded = decodeJsonText(content);
  return Array.isArray(decoded) && decoded.length > 0 && decoded.every((part) => typeOf(part) !== undefined) ? decoded : undefined;
}

/** The speaker's own words in a message `content`: a string, or the text parts of a part list (joined by newlines). */
export function contentText(content: unknown, notes: ShapeNotes): string | undefined {
  if (content === undefined || content === null) return undefined;
  const parts = contentParts(content);
  if (parts !== undefined) return joinTexts(parts.map((part) => partText(part, notes)));
  if (typeof content === 'string') return ownText(content);
  notes.unknown(`content: ${describeShape(content)}`);
  return undefined;
}

/** Whether a user message answers tool calls only (mid agent-loop), with no words of the user's own. */
export function holdsOnlyToolResults(content: unknown): boolean {
  const parts = contentParts(content);
  return parts !== undefined && parts.length > 0 && parts.every((part) => TOOL_RESULT_PART_TYPES.has(typeOf(part) ?? ''));
}
