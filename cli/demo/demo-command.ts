import { join } from 'node:path';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { classifierEnabledInSuite, packageRoot } from '../../shared';
import { type CommandSpec, helpText, parseArgs } from '../args';
import { UsageError } from '../cli-error';
import { openInput } from '../classify/input-records';
import { type ClassifiedRecord, runClassification } from '../classify/run-classification';
import { formatSummary } from '../classify/summary';
import { SETTINGS_OPTIONS, settingsFromArgs } from '../settings/settings-args';
import { demoTable } from './demo-table';

export const SAMPLE_EVENTS_PATH = (): string => join(packageRoot(), 'cli', 'demo', 'sample-events.jsonl');

export const demoSpec: CommandSpec = {
  name: 'demo',
  usage: 'llm-classify demo [--events FILE] [options]',
  summary: 'Label a sample conversation file shipped with the package (about 50 llm-task and $ai_generation events) with the installed models and print a table.',
  options: {
    events: { type: 'string', valueName: 'FILE', description: 'a different events file (JSON Lines or a JSON array)' },
    ...SETTINGS_OPTIONS,
  },
  notes: ['Models: the default models shipped in models/default-*; `--accurate` uses the downloaded reference models.'],
};

export async function runDemoCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, demoSpec);
  if (args.help) {
    process.stdout.write(helpText(demoSpec));
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`demo takes no file argument; use --events FILE, or \`llm-classify classify FILE\` for your own events`);
  const config = settingsFromArgs(args);
  const records: ClassifiedRecord[] = [];
  const summary = await runClassification({ config, input: openInput(args.values.events ?? SAMPLE_EVENTS_PATH()), concurrency: 64, emit: (record) => void records.push(record) });
  const enabled = CLASSIFIER_SPECS.filter((spec) => classifierEnabledInSuite(config, spec));
  process.stdout.write(`${demoTable(records, enabled)}\n\n${formatSummary(summary)}`);
  return 0;
}
