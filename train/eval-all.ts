import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { suiteSpecs } from '../index';
import { readModelFolder, type ClassifierSpec } from '../shared';
import { thresholdsFor, type DecisionRule } from '../shared/decode/label-decision';
import { evalSets } from './eval/eval-sets';
import { perLabelTable, summaryTable, type ModelReport } from './eval/eval-report';
import { modelProbabilities } from './eval/run-model';
import { scoreSet, writtenLabels } from './eval/score-set';
import { TASK_NAMES, TASKS, type TaskName } from './tasks';

const USAGE = 'usage: npm run eval:all -- [--data-dir ../shared/data] [--models models] [--task emotion,agent-flow]';

function parseArgs(argv: string[]): { dataDir: string; models: string; tasks: TaskName[] } {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error(`unexpected argument ${argv[i]}\n${USAGE}`);
    values[argv[i].slice(2)] = argv[i + 1];
  }
  for (const key of Object.keys(values)) if (!['data-dir', 'models', 'task'].includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  const tasks = (values['task']?.split(',') ?? TASK_NAMES) as TaskName[];
  for (const t of tasks) if (!TASK_NAMES.includes(t)) throw new Error(`--task ${t}: must be one of ${TASK_NAMES.join(', ')}`);
  return { dataDir: resolve(values['data-dir'] ?? '../shared/data'), models: resolve(values['models'] ?? 'models'), tasks };
}

/** The classifier spec whose model slot defaults to models/default-<task>: its fallback, ignored labels and default threshold. */
function specOf(task: TaskName): ClassifierSpec {
  const spec = suiteSpecs.find((s) => s.models.some((slot) => slot.defaultDir === `models/default-${task}`));
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
  const rule: DecisionRule = {
    thresholds: thresholdsFor(model.labels, undefined, model.labelThresholds, spec.defaultThreshold),
    fallbackLabel: spec.fallbackLabel,
    ignoredLabels: new Set(spec.ignoredLabels),
    scoreRule: spec.scoreRule,
  };
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
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
