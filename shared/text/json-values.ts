export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value a string holds when it is JSON text of an object or a list (wrappers serialize content parts so); else undefined. */
export function decodeJsonText(text: string): unknown {
  const trimmed = text.trim();
  const looksLikeJson = (trimmed.startsWith('[') && trimmed.endsWith(']')) || (trimmed.startsWith('{') && trimmed.endsWith('}'));
  if (!looksLikeJson) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** What a value is, for a note about a shape no reader knows: never its text. */
export function describeShape(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (!isRecord(value)) return value === null ? 'null' : `a ${typeof value}`;
  const tag = ['type', 'role'].filter((key) => typeof value[key] === 'string').map((key) => `${key} "${String(value[key])}"`);
  return tag.length > 0 ? `an object with ${tag.join(' and ')}` : `an object with keys ${Object.keys(value).sort().join(', ')}`;
}
