/**
 * Cuts text that cannot fit in `maxTokens` anyway, so a 1 MB string costs no more to tokenize than a page.
 * No WordPiece or BPE token covers fewer than one character, and we keep a wide margin above that.
 */
export function cutLongText(text: string, maxTokens: number): string {
  const maxChars = Math.max(64, maxTokens * 16);
  if (text.length <= maxChars) return text;
  const lastCode = text.charCodeAt(maxChars - 1);
  // Never end on the first half of a surrogate pair.
  const end = lastCode >= 0xd800 && lastCode <= 0xdbff ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}
