import { type IntegerSetting, SHARED_SETTINGS, type TextSetting, readSetting } from '../shared';
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
  /** Time budget per request: events not labeled within it come back with no properties. Default: the settings' timeoutMs. */
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

/** A command option declared as an integer setting row (key = flag name), as `serve` and `proxy` declare theirs. */
export const integerOptionRow = (key: string, min: number, max: number, fallback: number, hint: string): IntegerSetting => ({ key, name: key, type: 'integer', min, max, default: fallback, hint, perRequest: false });

/** The server's own options with their defaults and ranges; `llm-classify serve` derives its flags from these rows (key = flag name). */
export const SERVER_OPTIONS = {
  host: { key: 'host', name: 'host', type: 'text', default: '127.0.0.1', hint: 'interface to bind; 0.0.0.0 for every interface: then set a token', perRequest: false, flag: { name: 'host', valueName: 'ADDR', help: 'interface to bind (0.0.0.0 for every interface: then set a token)' } } satisfies TextSetting,
  port: integerOptionRow('port', 0, 65535, 8765, 'TCP port, 0 for a free one'),
  maxBodyBytes: integerOptionRow('max-body-bytes', 1024, 1024 * 1024 * 1024, 5 * 1024 * 1024, 'largest request body in bytes'),
  maxBatchEvents: integerOptionRow('max-batch-events', 1, 100_000, 1000, 'most events per /v1/process-batch request'),
  maxRuntimes: integerOptionRow('max-runtimes', 1, 10_000, 32, 'most distinct per-request settings sets kept set up at once'),
  drainTimeoutMs: integerOptionRow('drain-timeout-ms', 0, 3_600_000, 30_000, 'on SIGTERM/SIGINT, how long to let in-flight requests finish'),
};

export type ResolvedServerOptions = Required<Omit<InferenceServerOptions, 'token'>> & { token: string | undefined };

/** The plugin's own per-event budget doubles as the request budget; a malformed value is refused later by setupPlugin. */
function settingsTimeoutMs(settings: SuiteSettings): number {
  try {
    return readSetting(settings, SHARED_SETTINGS.timeoutMs);
  } catch {
    return SHARED_SETTINGS.timeoutMs.default;
  }
}

export function resolveServerOptions(options: InferenceServerOptions): ResolvedServerOptions {
  const settings = options.settings ?? {};
  return {
    settings,
    host: options.host ?? SERVER_OPTIONS.host.default,
    port: options.port ?? SERVER_OPTIONS.port.default,
    token: options.token === undefined || options.token === '' ? undefined : options.token,
    maxBodyBytes: options.maxBodyBytes ?? SERVER_OPTIONS.maxBodyBytes.default,
    requestTimeoutMs: options.requestTimeoutMs ?? settingsTimeoutMs(settings),
    maxBatchEvents: options.maxBatchEvents ?? SERVER_OPTIONS.maxBatchEvents.default,
    maxRuntimes: options.maxRuntimes ?? SERVER_OPTIONS.maxRuntimes.default,
    drainTimeoutMs: options.drainTimeoutMs ?? SERVER_OPTIONS.drainTimeoutMs.default,
    log: options.log ?? ((line: string) => process.stderr.write(`[llm-classify serve] ${line}\n`)),
  };
}
