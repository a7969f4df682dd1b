/** The inference server behind `llm-classify serve`: the suite plugin's processEvent behind an HTTP API. */
export { startInferenceServer, type InferenceServer } from './inference-server';
export { type InferenceServerOptions, SERVER_OPTIONS, integerOptionRow } from './server-options';
export { REQUEST_SETTING_KEYS, SERVER_OWNED_KEYS } from './suite-settings';

// HTTP and Prometheus pieces the capture gateway (`llm-classify proxy`) shares with the server.
export { sendJson } from './http-error';
export { boundUrl, drainServer, listen } from './listen';
export { LatencyHistogram, writeHistogram } from './latency-histogram';
export { ModelCounters } from './model-counters';
export { writeModelMetrics } from './model-metrics';
export { PROMETHEUS_CONTENT_TYPE, PrometheusText } from './prometheus-text';
