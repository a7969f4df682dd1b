import { quoted } from '../quoted';

/** `text` as a whole number from `min` to `max`, or undefined when it is not one (`1e3`, `-1`, `12.5`, `0x10` are not). */
export function parseWholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** The one wording of a bad whole number, for settings and flags alike. */
export function wholeNumberError(what: string, min: number, max: number, text: string): string {
  return `${what} must be a whole number from ${min} to ${max}, got ${quoted(text)}`;
}
