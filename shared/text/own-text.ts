/** What producers write in place of text they keep out of analytics; never classified. */
export const REDACTION_PLACEHOLDERS: ReadonlySet<string> = new Set(['redacted-by-litellm']);

/** The text when it is someone's own words: a non-blank string that is not a redaction placeholder. */
export function ownText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 && !REDACTION_PLACEHOLDERS.has(trimmed) ? value : undefined;
}

export function joinTexts(texts: Array<string | undefined>): string | undefined {
  const present = texts.filter((text): text is string => text !== undefined);
  return present.length > 0 ? present.join('\n') : undefined;
}
