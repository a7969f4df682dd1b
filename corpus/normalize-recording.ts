/** Keys whose values change on every run (clocks, timings); fixed so that re-recording with the same versions gives the same file. */
const CLOCK_KEYS: Record<string, unknown> = { timestamp: '2026-11-23T12:00:00.000Z', $ai_latency: 0.1, $ai_time_to_first_token: 0.05 };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The mock provider's free port shows in `$ai_base_url`. */
const LOOPBACK_URL = /http:\/\/127\.0\.0\.1:\d+/g;

/** Replaces random ids (uuids, numbered in order of first appearance), ports and clock readings by stable values. */
export function normalizeRecording<T>(events: T[]): T[] {
  const ids = new Map<string, string>();
  const stableId = (id: string): string => {
    if (!ids.has(id)) ids.set(id, `00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}`);
    return ids.get(id) as string;
  };
  const visit = (value: unknown, key?: string): unknown => {
    if (key !== undefined && key in CLOCK_KEYS) return CLOCK_KEYS[key];
    if (typeof value === 'string') return value.replace(UUID, stableId).replace(LOOPBACK_URL, 'http://127.0.0.1:8000');
    if (Array.isArray(value)) return value.map((item) => visit(item));
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, visit(item, name)]));
    return value;
  };
  return events.map((event) => visit(event) as T);
}
