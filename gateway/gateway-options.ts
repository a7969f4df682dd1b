import { integerOptionRow } from '../server';
import type { TextSetting } from '../shared';

export interface CaptureGatewayOptions {
  /** The one PostHog every request goes to, fixed at start: `https://eu.i.posthog.com`, a self-hosted capture service. */
  upstream: string;
  /** The suite plugin's settings (root plugin.json keys), as `serve` takes them. */
  settings?: Record<string, string>;
  /** Interface to bind; loopback unless told otherwise (TLS is the load balancer's job). */
  host?: string;
  /** 0 picks a free port; `url` then says which. */
  port?: number;
  labelTimeoutMs?: number;
  maxBodyBytes?: number;
  maxLabelingRequests?: number;
  maxLabelingBytes?: number;
  upstreamTimeoutMs?: number;
  breakerFailures?: number;
  breakerCoolDownMs?: number;
  drainTimeoutMs?: number;
  /** Where the gateway's own log lines go (never event text, never an API key); stderr by default. */
  log?: (line: string) => void;
}

const MIB = 1024 * 1024;

/**
 * The gateway's own options with their defaults and ranges; `llm-classify proxy` derives its flags from these rows
 * (key = flag name). The body limit defaults to PostHog capture's largest (20 MiB, its `/batch/` limit).
 */
export const GATEWAY_OPTIONS = {
  upstream: { key: 'upstream', name: 'upstream', type: 'text', default: '', required: true, hint: 'the PostHog every request is forwarded to', perRequest: false, flag: { name: 'upstream', valueName: 'URL', help: 'the PostHog every request goes to, fixed at start (e.g. https://eu.i.posthog.com, or a self-hosted capture service)' } } satisfies TextSetting,
  host: { key: 'host', name: 'host', type: 'text', default: '127.0.0.1', hint: 'interface to bind', perRequest: false, flag: { name: 'host', valueName: 'ADDR', help: 'interface to bind (0.0.0.0 behind a load balancer that terminates TLS)' } } satisfies TextSetting,
  port: integerOptionRow('port', 0, 65535, 8766, 'TCP port, 0 for a free one'),
  labelTimeoutMs: integerOptionRow('label-timeout-ms', 1, 60_000, 2000, 'labeling budget per capture request; past it the original bytes go upstream unchanged'),
  maxBodyBytes: integerOptionRow('max-body-bytes', 1024, 1024 * MIB, 20 * MIB, 'largest capture body labeled (as received, and decoded); larger ones go upstream unlabeled'),
  maxLabelingRequests: integerOptionRow('max-labeling-requests', 1, 100_000, 256, 'capture requests being labeled at once; past it requests go upstream unlabeled at once'),
  maxLabelingBytes: integerOptionRow('max-labeling-bytes', MIB, 64 * 1024 * MIB, 256 * MIB, 'bytes of bodies held for labeling at once (received plus decoded); past it requests go upstream unlabeled'),
  upstreamTimeoutMs: integerOptionRow('upstream-timeout-ms', 100, 600_000, 30_000, 'how long the upstream may take to start answering (and stay silent mid-answer) before the client gets 504'),
  breakerFailures: integerOptionRow('breaker-failures', 1, 10_000, 5, 'labeling failures (time-outs, model errors) in a row that stop labeling for --breaker-cool-down-ms'),
  breakerCoolDownMs: integerOptionRow('breaker-cool-down-ms', 0, 3_600_000, 30_000, 'how long requests go upstream unlabeled after the breaker opens, before one request probes the classifiers'),
  drainTimeoutMs: integerOptionRow('drain-timeout-ms', 0, 3_600_000, 30_000, 'on SIGTERM/SIGINT, how long to let in-flight requests finish'),
};

export type ResolvedGatewayOptions = Required<Omit<CaptureGatewayOptions, 'upstream'>>;

export function resolveGatewayOptions(options: CaptureGatewayOptions): ResolvedGatewayOptions {
  const pick = <K extends keyof typeof GATEWAY_OPTIONS>(key: K, given: number | undefined): number => given ?? (GATEWAY_OPTIONS[key].default as number);
  return {
    settings: options.settings ?? {},
    host: options.host ?? GATEWAY_OPTIONS.host.default,
    port: pick('port', options.port),
    labelTimeoutMs: pick('labelTimeoutMs', options.labelTimeoutMs),
    maxBodyBytes: pick('maxBodyBytes', options.maxBodyBytes),
    maxLabelingRequests: pick('maxLabelingRequests', options.maxLabelingRequests),
    maxLabelingBytes: pick('maxLabelingBytes', options.maxLabelingBytes),
    upstreamTimeoutMs: pick('upstreamTimeoutMs', options.upstreamTimeoutMs),
    breakerFailures: pick('breakerFailures', options.breakerFailures),
    breakerCoolDownMs: pick('breakerCoolDownMs', options.breakerCoolDownMs),
    drainTimeoutMs: pick('drainTimeoutMs', options.drainTimeoutMs),
    log: options.log ?? ((line: string) => process.stderr.write(`[llm-classify proxy] ${line}\n`)),
  };
}
