/** `llm-classify serve`: the suite plugin behind an HTTP API, for PostHog plugin servers that cannot load native modules. */
export { startInferenceServer, type InferenceServer } from './inference-server';
export { runServeCommand, serveSpec } from './serve-command';
export type { InferenceServerOptions } from './server-options';
export { REQUEST_SETTING_KEYS, SERVER_OWNED_KEYS, SUITE_SETTING_DEFINITIONS } from './suite-settings';
