import { join } from 'node:path';
import { packageRoot } from '../../shared/model/package-root';
import { type CommandSpec, helpText, parseArgs } from '../args';
import { UsageError } from '../cli-error';
import { PLUGIN_NAMES, SETTINGS_OPTIONS, settingsFromArgs } from '../classify/classify-options';
import { openInput } from '../classify/input-records';
import { type ClassifiedRecord, runClassification } from '../classify/run-classification';
import { formatSummary } from '../classify/summary';
import { chooseDemoModels } from './demo-models';
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
  notes: [
    'Models: the default models in models/default-* when installed; `--accurate` uses the downloaded reference models.',
    'When a default model is missing, the test-only fixture models stand in, with a notice: their labels are illustrative.',
  ],
};

const FIXTURE_NOTICE = (replaced: string[]): string =>
  [
    `NOTICE: ${replaced.join(', ')} ${replaced.length === 1 ? 'is' : 'are'} not installed, so the test-only fixture models stand in.`,
    '        Their labels are ILLUSTRATIVE: trigger words (happy, furious, idiot, thanks, sorry, ...) drive them, not a trained model.',
    '        For real labels: llm-classify models download, then llm-classify demo --accurate.',
  ].join('\n');

export async function runDemoCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, demoSpec);
  if (args.help) {
    process.stdout.write(helpText(demoSpec));
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`demo takes no file argument; use --events FILE, or \`llm-classify classify FILE\` for your own events`);
  const config = settingsFromArgs(args);
  const models = chooseDemoModels(config);
  Object.assign(config, models.settings);
  const records: ClassifiedRecord[] = [];
  const summary = await runClassification({ config, input: openInput(args.values.events ?? SAMPLE_EVENTS_PATH()), concurrency: 64, emit: (record) => void records.push(record) });
  const enabled = PLUGIN_NAMES.filter((name) => config[`${name}Enabled`] !== 'no');
  const notice = models.replacedDefaults.length > 0 ? `${FIXTURE_NOTICE(models.replacedDefaults)}\n\n` : '';
  process.stdout.write(`${notice}${demoTable(records, enabled)}\n\n${formatSummary(summary)}${notice ? `\n${notice.trimEnd()}\n` : ''}`);
  return 0;
}
