import { writeFileSync } from 'node:fs';
import type { IntegerSetting } from '../../shared';
import { type CommandSpec, helpText, parseArgs } from '../args';
import { UsageError } from '../cli-error';
import { ProgressBar } from '../progress';
import { SETTINGS_OPTIONS, settingsWithSources } from '../settings/settings-args';
import { commandOptions, readIntegerOption } from '../settings/setting-options';
import { openInput } from './input-records';
import { openOutput } from './output-sink';
import { runClassification } from './run-classification';
import { formatSummary, summaryJson } from './summary';

/** Events in flight through processEvent at once: enough for the micro-batcher to fill its batches. */
export const CONCURRENCY: IntegerSetting = { key: 'concurrency', name: 'concurrency', type: 'integer', min: 1, max: 4096, default: 64, perRequest: false, hint: 'events in flight through processEvent at once' };

export const classifySpec: CommandSpec = {
  name: 'classify',
  usage: 'llm-classify classify [FILE|-] [--out FILE] [options]',
  summary: 'Label PostHog events (JSON Lines, or one JSON array) with the suite plugin\'s own processEvent and write them as JSON Lines, one output line per input line, in input order.',
  options: {
    out: { type: 'string', valueName: 'FILE', alias: 'o', description: 'write enriched events here (default stdout); written aside and renamed when complete' },
    ...SETTINGS_OPTIONS,
    ...commandOptions([CONCURRENCY]),
    'summary-json': { type: 'string', valueName: 'FILE', description: 'also write the end-of-run counts as JSON' },
    quiet: { type: 'boolean', alias: 'q', description: 'no summary on stderr' },
  },
  notes: [
    'Examples:',
    '  llm-classify classify export.jsonl --out labeled.jsonl',
    '  cat events.json | llm-classify classify - --plugins emotion,toxicity --threshold 0.4',
    '  llm-classify classify export.jsonl --accurate --execution-provider auto > labeled.jsonl',
    '',
    'Lines that are not JSON, and JSON that is not an event, are written through unchanged and counted.',
    'Exit codes: 0 done; 2 unusable input, option or setting (the message names it).',
  ],
};


export async function runClassifyCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, classifySpec);
  if (args.help) {
    process.stdout.write(helpText(classifySpec));
    return 0;
  }
  if (args.positionals.length > 1) throw new UsageError(`classify takes one input file (or - for stdin), got ${args.positionals.length}; concatenate files first (cat a.jsonl b.jsonl | llm-classify classify -)`);
  const inputPath = args.positionals[0];
  const { config, sources } = settingsWithSources(args);
  const concurrency = readIntegerOption(args.values, CONCURRENCY);
  const input = openInput(inputPath);
  const output = openOutput(args.values.out, inputPath);
  if (output.removedStalePartials > 0 && !args.flags.quiet) process.stderr.write(`llm-classify: removed ${output.removedStalePartials} partial output file(s) left by earlier runs that were killed\n`);
  const progress = new ProgressBar('classify', 'events');
  // Core warnings go to stderr too: clear the bar first so they start on their own line.
  const { warn, info, log } = console;
  console.warn = (...parts: unknown[]) => {
    progress.clear();
    warn(...parts);
  };
  // stdout carries the events: any core log line (console.info / console.log) goes to stderr instead.
  console.info = console.log = console.warn;
  try {
    const summary = await runClassification({ config, settingSources: sources, input, concurrency, progress, emit: (record) => output.writeLine(record.line) });
    await output.close();
    if (!args.flags.quiet) process.stderr.write(formatSummary(summary));
    if (args.values['summary-json'] !== undefined) writeFileSync(args.values['summary-json'], `${JSON.stringify(summaryJson(summary), null, 2)}\n`);
    return 0;
  } catch (error) {
    output.abandon();
    throw error;
  } finally {
    Object.assign(console, { warn, info, log });
  }
}
