import type { SuiteSettings } from './suite-settings';

export interface InferenceServerOptions {
  /** The suite plugin's settings (root plugin.json keys) used for every request; requests may override the non-model ones. */
  settings?: SuiteSettings;
  /** Interface to bind; loopback unless told otherwise, because the API has no TLS. */
  host?: string;
  /** 0 picks a free port; `url` then says which. */
  port?: number;
  /** When set, /v1/* and /metrics refuse requests without `Authorization: Bearer <token>`. */
  token?: string;
  maxBodyBytes?: number;
  /** Time budget per request: events not labeled within it come back with no properties. Default: the settings' timeoutMs (10000). */
  requestTimeoutMs?: number;
  /** Most events in one /v1/process-batch request. */
  maxBatchEvents?: number;
  /** Most plugin instances (distinct per-request settings) kept set up at once. */
  maxRuntimes?: number;
  /** How long shutdown waits for in-flight requests before cutting their connections. */
  drainTimeoutMs?: number;
  /** Where the server's own log lines go (never user text); stderr by default. */
  log?: (line: string) => void;
}

export const DEFAULT_PORT = 8765;

export const SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: DEFAULT_PORT,
  maxBodyBytes: 5 * 1024 * 1024,
  maxBatchEvents: 1000,
  maxRuntimes: 32,
  drainTimeoutMs: 30_000,
} as const;

export type ResolvedServerOptions = Required<Omit<InferenceServerOptions, 'token'>> & { token: string | undefined };

/** The plugin's own per-event budget doubles as the request budget; a malformed value is refused later by setupPlugin. */
function settingsTimeoutMs(text: string | undefined): number {
  const value = Number(text?.trim());
  return text !== undefined && Number.isInteger(value) && value > 0 ? value : 10_000;
}

export function resolveServerOptions(options: InferenceServerOptions): ResolvedServerOptions {
  return {
    settings: options.settings ?? {},
    host: options.host ?? SERVER_DEFAULTS.host,
    port: options.port ?? SERVER_DEFAULTS.port,
    token: options.token === undefined || options.token === '' ? undefined : options.token,
    maxBodyBytes: options.maxBodyBytes ?? SERVER_DEFAULTS.maxBodyBytes,
    requestTimeoutMs: options.requestTimeoutMs ?? settingsTimeoutMs(options.settings?.timeoutMs),
    maxBatchEvents: options.maxBatchEvents ?? SERVER_DEFAULTS.maxBatchEvents,
    maxRuntimes: options.maxRuntimes ?? SERVER_DEFAULTS.maxRuntimes,
    drainTimeoutMs: options.drainTimeoutMs ?? SERVER_DEFAULTS.drainTimeoutMs,
    log: options.log ?? ((line: string) => process.stderr.write(`[llm-classify serve] ${line}\n`)),
  };
}
