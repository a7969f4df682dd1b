import type { IntegerSetting, TextSetting } from '../shared';

/** The settings remote mode adds to a plugin: where the server is, its token, and how long to wait. */
export const REMOTE_SETTINGS = {
  serverUrl: {
    key: 'serverUrl', name: 'Classifier server URL', type: 'text', default: '', required: true, perRequest: false,
    hint: 'Address of `npx llm-classify serve`, e.g. http://classifier.internal:8765. The models run there; this plugin only sends the event\'s text properties.',
  } satisfies TextSetting,
  serverToken: {
    key: 'serverToken', name: 'Classifier server token', type: 'text', default: '', secret: true, perRequest: false,
    hint: 'The server\'s LLM_CLASSIFY_TOKEN (sent as a bearer token). Blank when the server runs without one.',
  } satisfies TextSetting,
  // PostHog gives up on a plugin's processEvent after 30 s (TASK_TIMEOUT); the request must end well before.
  serverTimeoutMs: {
    key: 'serverTimeoutMs', name: 'Server time budget (ms)', type: 'integer', min: 1, max: 25_000, default: 5000, perRequest: false,
    hint: 'How long to wait for the server per event; past it the event goes on unlabeled.',
  } satisfies IntegerSetting,
};
