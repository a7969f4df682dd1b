import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLASSIFIER_SPECS } from '../plugins/classifier-specs';
import { type ClassifierSpec, decisionRuleFor, packageRoot, readModelFolder } from '../shared';
import { replaceEvalBlock } from './eval/eval-blocks';
import { evalSets } from './eval/eval-sets';
import { perLabelTable, summaryTable, type ModelReport } from './eval/eval-report';
import { modelProbabilities } from './eval/run-model';
import { scoreSet, writtenLabels } from './eval/score-set';
import { TASK_NAMES, TASKS, type TaskName } from './tasks';

const USAGE = `usage: npm run eval:all -- [--data-dir ../shared/data] [--models models] [--task emotion,agent-flow] [--write]
  --write  also puts the tables into each model's MODEL_CARD.md and the README's quality section`;

interface EvalArgs {
  dataDir: string;
  models: string;
  tasks: TaskName[];
  write: boolean;
}

function parseArgs(argv: string[]): EvalArgs {
  const values: Record<string, string> = {};
  let write = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--write') write = true;
    else if (argv[i].startsWith('--') && i + 1 < argv.length) values[argv[i].slice(2)] = argv[++i];
    else throw new Error(`unexpected argument ${argv[i]}\n${USAGE}`);
  }
  for (const key of Object.keys(values)) if (!['data-dir', 'models', 'task'].includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  const tasks = (values['task']?.split(',') ?? TASK_NAMES) as TaskName[];
  for (const t of tasks) if (!TASK_NAMES.includes(t)) throw new Error(`--task ${t}: must be one of ${TASK_NAMES.join(', ')}`);
  return { dataDir: resolve(values['data-dir'] ?? '../shared/data'), models: resolve(values['models'] ?? 'models'), tasks, write };
}

/** The card's quality block: this model's rows of the summary and its per-label table. */
function cardBlock(report: ModelReport): string {
  return `${summaryTable([report])}\n\nPer label: precision / recall (support) of the written label.\n\n${perLabelTable(report)}`;
}

/** Writes the tables between the eval:all markers of the model cards and of README.md. */
function writeTables(reports: readonly ModelReport[], modelsRoot: string): void {
  for (const report of reports) {
    const path = join(modelsRoot, report.model, 'MODEL_CARD.md');
    writeFileSync(path, replaceEvalBlock(readFileSync(path, 'utf8'), cardBlock(report), path));
  }
  const readme = join(packageRoot(), 'README.md');
  writeFileSync(readme, replaceEvalBlock(readFileSync(readme, 'utf8'), summaryTable(reports), readme));
}

/** The classifier spec whose model slot defaults to models/default-<task>: its fallback, ignored labels and default threshold. */
function specOf(task: TaskName): ClassifierSpec {
  const spec = CLASSIFIER_SPECS.find((candidate) => candidate.models.some((slot) => slot.defaultDir === `models/default-${task}`));
  if (!spec) throw new Error(`no classifier spec has a model slot with default folder models/default-${task}`);
  return spec;
}

async function evaluateTask(task: TaskName, dataDir: string, modelsRoot: string): Promise<ModelReport | undefined> {
  const dir = join(modelsRoot, `default-${task}`);
  if (!existsSync(join(dir, 'config.json'))) {
    console.error(`eval:all: ${dir} has no model, skipped`);
    return undefined;
  }
  const model = readModelFolder(dir);
  const spec = specOf(task);
  const rule = decisionRuleFor(spec, model.labels, undefined, model.labelThresholds);
  const taskSpec = TASKS[task];
  // The split the model was trained with: its seed is in config.json.
  const seed = Number((JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { fasttext_bag?: { seed?: number } }).fasttext_bag?.seed ?? 13);
  const data = taskSpec.load(dataDir, seed);
  const multiLabel = model.problemType === 'multi_label_classification';
  const sets = [];
  for (const set of evalSets(data)) {
    const probabilities = await modelProbabilities(dir, set.examples.map((e) => e.text));
    sets.push(scoreSet(set, writtenLabels(probabilities, model.labels, rule), data.labels, model.labels, rule, multiLabel));
  }
  return { model: `default-${task}`, fallback: spec.fallbackLabel, headline: taskSpec.headlineLabels ?? [], hasFallbackOutput: model.labels.includes(spec.fallbackLabel), sets };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const reports: ModelReport[] = [];
  for (const task of args.tasks) {
    const report = await evaluateTask(task, args.dataDir, args.models);
    if (report) reports.push(report);
  }
  console.log(summaryTable(reports));
  for (const report of reports) console.log(`\n**${report.model}** per label: precision / recall (support) of the written label\n\n${perLabelTable(report)}`);
  if (args.write) {
    writeTables(reports, args.models);
    console.error('eval:all: tables written to the model cards and README.md');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
