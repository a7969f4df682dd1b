/**
 * Offsets of values inside a JSON text that JSON.parse has already accepted (on other text they throw), so that one value can be edited while
 * every other byte stays as the client wrote it (number spellings, escapes, key order, big integers).
 */
export interface Span {
  start: number;
  /** One past the value's last character. */
  end: number;
}

export interface Member {
  key: string;
  value: Span;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

export function skipSpace(text: string, at: number): number {
  let index = at;
  while (index < text.length && isSpace(text.charCodeAt(index))) index++;
  return index;
}

/** Index one past the string whose opening quote is at `at`. */
function stringEnd(text: string, at: number): number {
  let index = at + 1;
  for (;;) {
    if (index >= text.length) throw new Error(`unterminated string at offset ${at}`);
    const code = text.charCodeAt(index);
    if (code === QUOTE) return index + 1;
    index += code === BACKSLASH ? 2 : 1;
  }
}

/** Index one past the value that starts at `at` (no leading space). */
export function valueEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return stringEnd(text, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let index = at;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break;
      index++;
    }
    return index;
  }
  let depth = 0;
  let index = at;
  for (;;) {
    if (index >= text.length) throw new Error(`unterminated value at offset ${at}`);
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = stringEnd(text, index);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return index + 1;
    }
    index++;
  }
}

/** The members of the object whose `{` is at `open`, in order (repeated keys included), and the index of its `}`. */
export function objectMembers(text: string, open: number): { members: Member[]; close: number } {
  const members: Member[] = [];
  let index = skipSpace(text, open + 1);
  if (text.charCodeAt(index) === CLOSE_BRACE) return { members, close: index };
  for (;;) {
    const keyEnd = stringEnd(text, index);
    const key = JSON.parse(text.slice(index, keyEnd)) as string;
    index = skipSpace(text, keyEnd);
    if (text.charCodeAt(index) !== COLON) throw new Error(`expected ":" at offset ${index}`);
    const start = skipSpace(text, index + 1);
    const end = valueEnd(text, start);
    members.push({ key, value: { start, end } });
    index = skipSpace(text, end);
    if (text.charCodeAt(index) === CLOSE_BRACE) return { members, close: index };
    index = skipSpace(text, index + 1);
  }
}

/** The items of the array whose `[` is at `open`, in order. */
export function arrayItems(text: string, open: number): Span[] {
  const items: Span[] = [];
  let index = skipSpace(text, open + 1);
  if (text.charCodeAt(index) === CLOSE_BRACKET) return items;
  for (;;) {
    const end = valueEnd(text, index);
    items.push({ start: index, end });
    index = skipSpace(text, end);
    if (text.charCodeAt(index) === CLOSE_BRACKET) return items;
    index = skipSpace(text, index + 1);
  }
}
