/** The inference server behind `llm-classify serve`: the suite plugin's processEvent behind an HTTP API. */
export { startInferenceServer, type InferenceServer } from './inference-server';
export { type InferenceServerOptions, SERVER_OPTIONS } from './server-options';
export { REQUEST_SETTING_KEYS, SERVER_OWNED_KEYS } from './suite-settings';
