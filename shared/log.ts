/**
 * The suite's only way to write logs. Messages name events, settings and errors, never user text.
 * PostHog's plugin server shows a plugin's console output in the plugin's log tab.
 */
const PREFIX = '[posthog-llm-classifiers]';

export function logWarning(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

export function logInfo(message: string): void {
  console.info(`${PREFIX} ${message}`);
}
