const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * Brings Davidson tweets to OLID's conventions so the model does not learn the data set instead of the
 * label: HTML entities decoded, @mentions -> @USER, links -> URL, retweet markers dropped.
 */
export function normalizeTweet(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z#0-9]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
    .replace(/https?:\/\/\S+/g, 'URL')
    .replace(/@[A-Za-z0-9_]+:?/g, '@USER')
    .replace(/\bRT\b\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
