#!/usr/bin/env node
import { UsageError, firstLine } from './cli-error';
import { runClassifyCommand } from './classify/classify-command';
import { runDemoCommand } from './demo/demo-command';
import { runEvalCommand } from './eval/eval-command';
import { runModelsCommand } from './models/models-command';
import { runProxyCommand } from './proxy/proxy-command';
import { runServeCommand } from './serve/serve-command';

const MAIN_HELP = `Usage: llm-classify <command> [options]

Emotion, toxicity and conversational-flow labels for LLM events, with the same code as the PostHog plugins.

Commands:
  demo                      label a sample conversation with the installed models and print a table
  classify [FILE|-]         label exported PostHog events (JSON Lines or a JSON array) and write JSON Lines
  models download [NAME...] fetch the reference MiniLMv2 models from the Hugging Face hub (or --from DIR)
  models list               installed models, labels, size and checksum status
  eval --model DIR --data FILE   precision, recall and F1 of a model on labeled texts
  serve                     HTTP inference server for PostHog's plugin sandbox (remote mode)
  proxy --upstream URL      capture gateway: label LLM events on their way to PostHog (any version, Cloud too)

Run \`llm-classify <command> --help\` for a command's options.
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  classify: runClassifyCommand,
  models: runModelsCommand,
  demo: runDemoCommand,
  eval: runEvalCommand,
  serve: runServeCommand,
  proxy: runProxyCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command ${JSON.stringify(command)}; commands: ${Object.keys(COMMANDS).join(', ')} (see \`llm-classify --help\`)`);
  return run(rest);
}

// A closed stdout (`llm-classify classify x | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line, never a stack: every message we raise names the value and the fix, and none quotes user text.
    const exitCode = typeof (error as { exitCode?: unknown }).exitCode === 'number' ? (error as { exitCode: number }).exitCode : 1;
    process.stderr.write(`llm-classify: ${firstLine(error)}\n`);
    if (process.env.LLM_CLASSIFY_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = exitCode;
  },
);
