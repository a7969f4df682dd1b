/**
 * The suite's only way to write logs. Messages name events, settings and errors, never user text.
 * PostHog's plugin server shows a plugin's console output in the plugin's log tab.
 */
const PREFIX = '[posthog-llm-classifiers]';
const THROTTLE_WINDOW_MS = 10_000;

export function logWarning(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

const throttled = new Map<string, { windowStart: number; suppressed: number }>();

/**
 * For warnings that can repeat for every event under load (a full queue): the first of a kind is written,
 * the following ones within 10 s are counted, and the next written line says how many were left out.
 */
export function logWarningThrottled(kind: string, message: string, now = Date.now()): void {
  const state = throttled.get(kind);
  if (state && now - state.windowStart < THROTTLE_WINDOW_MS) {
    state.suppressed++;
    return;
  }
  const suppressedNote = state && state.suppressed > 0 ? ` (${state.suppressed} more like this in the previous ${Math.round((now - state.windowStart) / 1000)} s)` : '';
  throttled.set(kind, { windowStart: now, suppressed: 0 });
  logWarning(`${message}${suppressedNote}`);
}
