import { type CaptureGatewayOptions, GATEWAY_OPTIONS, startCaptureGateway } from '../../gateway';
import { type CommandSpec, helpText, parseArgs } from '../args';
import { UsageError } from '../cli-error';
import { SETTINGS_OPTIONS, settingsWithSources } from '../settings/settings-args';
import { commandOptions, readIntegerOption } from '../settings/setting-options';
import { runUntilSignal } from '../run-until-signal';

const { upstream, host, ...integerOptions } = GATEWAY_OPTIONS;

export const proxySpec: CommandSpec = {
  name: 'proxy',
  usage: 'llm-classify proxy --upstream URL [--port N] [--host ADDR] [settings options]',
  summary: 'Capture gateway: a reverse proxy in front of PostHog that labels LLM events of capture requests (/batch/, /e/, /i/v0/e/, /capture/, /track/, /i/v0/ai/batch/) with the suite\'s processEvent and forwards every request to the one upstream, everything else byte for byte. GET /healthz, /readyz, /metrics.',
  options: {
    ...commandOptions([upstream, host]),
    ...commandOptions(Object.values(integerOptions)),
    port: { ...commandOptions([integerOptions.port]).port, alias: 'p' },
    ...SETTINGS_OPTIONS,
  },
  notes: [
    'Point the SDKs at the gateway: `host` (posthog-node, @posthog/ai, posthog-python), `api_host` (posthog-js), POSTHOG_API_URL (LiteLLM).',
    'The settings options (and --config FILE) are the suite plugin.json settings, as `serve` takes them; timeoutMs is capped at --label-timeout-ms.',
    'A capture request that cannot be labeled in time, cannot be decoded, or arrives while the models load goes upstream as it came.',
    'Examples:',
    '  llm-classify proxy --upstream https://eu.i.posthog.com --host 0.0.0.0 --port 8766',
    '  llm-classify proxy --upstream http://capture:3000 --accurate --config proxy-settings.json',
    'Exit codes: 0 after a graceful shutdown; 1 a model failed to load or the port is taken; 2 unusable option or setting.',
  ],
};

function gatewayOptionsFromArgs(values: Record<string, string | undefined>): Omit<CaptureGatewayOptions, 'settings'> {
  if (values.upstream === undefined || values.upstream.trim() === '') throw new UsageError('proxy needs --upstream URL: the PostHog to forward to, e.g. --upstream https://eu.i.posthog.com (or your self-hosted instance)');
  return {
    upstream: values.upstream,
    host: values.host,
    port: readIntegerOption(values, integerOptions.port),
    labelTimeoutMs: readIntegerOption(values, integerOptions.labelTimeoutMs),
    maxBodyBytes: readIntegerOption(values, integerOptions.maxBodyBytes),
    maxLabelingRequests: readIntegerOption(values, integerOptions.maxLabelingRequests),
    maxLabelingBytes: readIntegerOption(values, integerOptions.maxLabelingBytes),
    upstreamTimeoutMs: readIntegerOption(values, integerOptions.upstreamTimeoutMs),
    breakerFailures: readIntegerOption(values, integerOptions.breakerFailures),
    breakerCoolDownMs: readIntegerOption(values, integerOptions.breakerCoolDownMs),
    drainTimeoutMs: readIntegerOption(values, integerOptions.drainTimeoutMs),
  };
}

/** `llm-classify proxy`: runs until SIGTERM/SIGINT, then drains and returns the exit code. */
export async function runProxyCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, proxySpec);
  if (args.help) {
    process.stdout.write(helpText(proxySpec));
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`proxy takes no file arguments, got ${JSON.stringify(args.positionals[0])}; the upstream goes in --upstream URL, settings in --config FILE or flags`);
  const { config: settings } = settingsWithSources(args);
  const options = gatewayOptionsFromArgs(args.values);
  const say = (line: string): void => void process.stderr.write(`llm-classify proxy: ${line}\n`);
  return runUntilSignal(say, () => startCaptureGateway({ ...options, settings, log: say }), (gateway) => {
    process.stdout.write(`llm-classify proxy: listening on ${gateway.url}, forwarding to ${gateway.upstream}\n`);
  });
}
