/** Compiled event-name patterns: exact names, or prefixes written with a trailing `*` (`llm-*`). */
export interface EventNameMatcher {
  matches(eventName: unknown): boolean;
  readonly patterns: readonly string[];
}

export function parseEventNamePatterns(list: string): EventNameMatcher {
  const patterns = list.split(',').map((pattern) => pattern.trim()).filter((pattern) => pattern.length > 0);
  const exactNames = new Set(patterns.filter((pattern) => !pattern.endsWith('*')));
  const prefixes = patterns.filter((pattern) => pattern.endsWith('*')).map((pattern) => pattern.slice(0, -1));
  return {
    patterns,
    matches(eventName: unknown): boolean {
      if (typeof eventName !== 'string') return false;
      return exactNames.has(eventName) || prefixes.some((prefix) => eventName.startsWith(prefix));
    },
  };
}
