import type { IntegerSetting, TextSetting } from '../shared';

/** The settings remote mode adds to a plugin: where the server is, its token, and how long to wait. */
export const REMOTE_SETTINGS = {
  serverUrl: {
    key: 'serverUrl', name: 'Classifier server URL', type: 'text', default: '', required: true, perRequest: false,
    hint: 'Address of `npx llm-classify serve`, e.g. https://classifier.example.com. In production a stock PostHog plugin server refuses loopback, private and link-local addresses ("Internal hostname"); see the posthog-llm-classifiers README. The models run there; this plugin only sends the event\'s properties.',
  } satisfies TextSetting,
  serverToken: {
    key: 'serverToken', name: 'Classifier server token', type: 'text', default: '', secret: true, perRequest: false,
    hint: 'The server\'s LLM_CLASSIFY_TOKEN (sent as a bearer token). Blank when the server runs without one.',
  } satisfies TextSetting,
  // PostHog gives up on a plugin's processEvent after 30 s (TASK_TIMEOUT); the request must end well before. The
  // default is 3x the highest p99 of /v1/process measured at 64 in flight with the default models (`npm run
  // bench:remote`, README "Remote mode"): a busy healthy server is not cut off, a hanging one costs little.
  serverTimeoutMs: {
    key: 'serverTimeoutMs', name: 'Server time budget (ms)', type: 'integer', min: 1, max: 25_000, default: 2400, perRequest: false,
    hint: 'How long to wait for the server per event; past it the event goes on unlabeled.',
  } satisfies IntegerSetting,
};
