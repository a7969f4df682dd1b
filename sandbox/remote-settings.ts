import type { SettingDefinition } from '../shared/settings/setting-definitions';

/** PostHog's plugin.json also knows `secret`: the UI hides the value once saved. */
export type RemoteSettingDefinition = Omit<SettingDefinition, 'required'> & { required: boolean; secret?: boolean };

export const DEFAULT_SERVER_TIMEOUT_MS = 5000;
/** PostHog gives up on a plugin's processEvent after 30 s (TASK_TIMEOUT); the request must end well before. */
export const MAX_SERVER_TIMEOUT_MS = 25_000;

/** The settings remote mode adds to a plugin: where the server is, its token, and how long to wait. */
export function remoteSettingDefinitions(): RemoteSettingDefinition[] {
  return [
    { key: 'serverUrl', name: 'Classifier server URL', type: 'string', default: '', hint: 'Address of `npx llm-classify serve`, e.g. http://classifier.internal:8765. The models run there; this plugin only sends the event\'s text properties.', required: true },
    { key: 'serverToken', name: 'Classifier server token', type: 'string', default: '', hint: 'The server\'s LLM_CLASSIFY_TOKEN (sent as a bearer token). Blank when the server runs without one.', required: false, secret: true },
    { key: 'serverTimeoutMs', name: 'Server time budget (ms)', type: 'string', default: String(DEFAULT_SERVER_TIMEOUT_MS), hint: `How long to wait for the server per event (1 to ${MAX_SERVER_TIMEOUT_MS}); past it the event goes on unlabeled.`, required: false },
  ];
}
