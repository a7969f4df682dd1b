import { type InferenceServerOptions, SERVER_OPTIONS, startInferenceServer } from '../../server';
import { type CommandSpec, helpText, parseArgs } from '../args';
import { UsageError } from '../cli-error';
import { SETTINGS_OPTIONS, settingsWithSources } from '../settings/settings-args';
import { commandOptions, readIntegerOption } from '../settings/setting-options';
import { runUntilSignal } from '../run-until-signal';

export const serveSpec: CommandSpec = {
  name: 'serve',
  usage: 'llm-classify serve [--port N] [--host ADDR] [settings options]',
  summary: 'Run the suite plugin\'s processEvent behind an HTTP API (POST /v1/process, POST /v1/process-batch, GET /healthz, /readyz, /metrics) for PostHog plugin servers that cannot load onnxruntime-node (see `npm run build:sandbox`).',
  options: {
    ...commandOptions(Object.values(SERVER_OPTIONS)),
    port: { ...commandOptions([SERVER_OPTIONS.port]).port, alias: 'p' },
    token: { type: 'string', valueName: 'SECRET', description: 'require "Authorization: Bearer SECRET" on /v1/* and /metrics (default $LLM_CLASSIFY_TOKEN; the variable keeps it out of `ps`)' },
    ...SETTINGS_OPTIONS,
  },
  notes: [
    'The settings options (and --config FILE) are the suite plugin.json settings; --timeout-ms is also the per-request time budget.',
    'Requests may send their own thresholds, toggles and event names; model folders and batching come only from here.',
    'Examples:',
    '  LLM_CLASSIFY_TOKEN=s3cret llm-classify serve --host 0.0.0.0 --port 8765',
    '  llm-classify serve --accurate --execution-provider auto --config serve-settings.json',
    'Exit codes: 0 after a graceful shutdown; 1 a model failed to load or the port is taken; 2 unusable option or setting.',
  ],
};

function serverOptionsFromArgs(values: Record<string, string | undefined>): Omit<InferenceServerOptions, 'settings'> {
  return {
    host: values.host,
    port: readIntegerOption(values, SERVER_OPTIONS.port),
    token: values.token ?? process.env.LLM_CLASSIFY_TOKEN,
    maxBodyBytes: readIntegerOption(values, SERVER_OPTIONS.maxBodyBytes),
    maxBatchEvents: readIntegerOption(values, SERVER_OPTIONS.maxBatchEvents),
    maxRuntimes: readIntegerOption(values, SERVER_OPTIONS.maxRuntimes),
    drainTimeoutMs: readIntegerOption(values, SERVER_OPTIONS.drainTimeoutMs),
  };
}

const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || host.startsWith('127.');

/** `llm-classify serve`: runs until SIGTERM/SIGINT, then drains and returns the exit code. */
export async function runServeCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, serveSpec);
  if (args.help) {
    process.stdout.write(helpText(serveSpec));
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`serve takes no file arguments, got ${JSON.stringify(args.positionals[0])}; settings go in --config FILE or flags`);
  const { config: settings } = settingsWithSources(args);
  const options = serverOptionsFromArgs(args.values);
  const say = (line: string): void => void process.stderr.write(`llm-classify serve: ${line}\n`);
  return runUntilSignal(say, () => startInferenceServer({ ...options, settings, log: say }), (server) => {
    process.stdout.write(`llm-classify serve: listening on ${server.url}\n`);
    if (options.token === undefined && !isLoopback(server.host)) say(`warning: bound to ${server.host} without a token; anyone who can reach this port can use it. Set LLM_CLASSIFY_TOKEN.`);
  });
}
