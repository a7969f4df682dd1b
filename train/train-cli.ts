import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRootAbove, writeHeldout } from './heldout-writer';
import { writeModelCard } from './model-card';
import { writeModelFolder } from './model-folder';
import { TASK_NAMES, TASKS, type TaskName, type TaskSpec } from './tasks';
import { trainTask } from './train-task';
import { checkOnnxLogits } from './verify-onnx';

const USAGE = `usage: node dist/train/train-cli.js --task ${TASK_NAMES.join('|')} [--data-dir ../shared/data] [--out models/default-<task>]
       [--seed 13] [--write-heldout /tmp/<task>-heldout.jsonl] [--set train.dim=96 --set bigramBuckets=262144 ...]`;

interface CliArgs {
  task: TaskName;
  dataDir: string;
  out: string;
  seed: number;
  writeHeldout?: string;
  overrides: string[];
}

function parseArgs(argv: string[]): CliArgs {
  const values: Record<string, string> = {};
  const overrides: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || i + 1 >= argv.length) throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    if (arg === '--set') overrides.push(argv[++i]);
    else values[arg.slice(2)] = argv[++i];
  }
  const task = values['task'] as TaskName;
  if (!TASK_NAMES.includes(task)) throw new Error(`--task must be one of ${TASK_NAMES.join(', ')}\n${USAGE}`);
  const known = ['task', 'data-dir', 'out', 'seed', 'write-heldout'];
  for (const key of Object.keys(values)) if (!known.includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  return {
    task,
    dataDir: values['data-dir'] ?? '../shared/data',
    out: values['out'] ?? join('models', `default-${task}`),
    seed: Number(values['seed'] ?? 13),
    writeHeldout: values['write-heldout'],
    overrides,
  };
}

/** Numeric settings a task may leave out. */
const OPTIONAL_NUMBERS = ['minBigramCount', 'maxBenignRate', 'train.ensemble'];

/** Applies `--set a.b=value` (a number, or JSON for list settings such as extraNgrams) to a copy of the task spec, for experiments. */
function withOverrides(spec: TaskSpec, overrides: string[]): TaskSpec {
  // Functions (the loader, a threshold tuner) do not survive the JSON copy: they are put back below.
  const copy = JSON.parse(JSON.stringify({ ...spec, load: undefined, thresholdTuner: undefined })) as Record<string, unknown>;
  for (const o of overrides) {
    const at = o.indexOf('=');
    const [path, value] = [o.slice(0, at), o.slice(at + 1)];
    const keys = path.split('.');
    let target = copy;
    for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
    const last = keys[keys.length - 1];
    if (last === 'extraNgrams') target[last] = JSON.parse(value);
    else if (typeof target[last] === 'number' || (target[last] === undefined && OPTIONAL_NUMBERS.includes(path))) target[last] = Number(value);
    else throw new Error(`--set ${o}: ${path} is not a numeric setting`);
  }
  return { ...(copy as unknown as TaskSpec), load: spec.load, thresholdTuner: spec.thresholdTuner };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const spec = withOverrides(TASKS[args.task], args.overrides);
  const log = (line: string): void => console.log(`[train ${args.task}] ${line}`);
  const task = trainTask(spec, resolve(args.dataDir), args.seed, log);
  const onnxPath = writeModelFolder(task, args.out);
  const check = await checkOnnxLogits(onnxPath, task.heldoutIds, task.heldoutLogits, task.data.labels.length);
  log(`onnxruntime check on ${check.texts} held-out texts: max |logit difference| ${check.maxAbsDiff.toExponential(2)}; ${check.textsPerSecond.toFixed(0)} texts/s (batch 32, 1 session)`);
  if (!(check.maxAbsDiff < 1e-3)) throw new Error(`ONNX logits differ from the JS forward pass by ${check.maxAbsDiff}`);
  // The data folder does not change the model: the command is written for the default one.
  const command = `npm run train -- --task ${args.task}${args.out !== join('models', `default-${args.task}`) ? ` --out ${args.out}` : ''}${args.seed !== 13 ? ` --seed ${args.seed}` : ''}${args.overrides.map((o) => ` --set '${o}'`).join('')}`;
  const report = { task: args.task, command, data_dir: args.dataDir, seconds: Math.round(task.seconds), best_epoch: task.bestEpoch, onnx_check: check, metrics: task.metrics, benign_false_positive_rate: task.benignFpr, history: task.history };
  writeFileSync(join(args.out, 'training_report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeModelCard(task, args.out, command, check);
  if (args.writeHeldout) {
    writeHeldout(task, args.writeHeldout, [process.cwd(), packageRootAbove(__dirname)].filter((r): r is string => r !== undefined));
    log(`held-out examples written to ${args.writeHeldout}`);
  }
  log(`metrics: ${JSON.stringify(task.metrics, (k, v: unknown) => (k === 'per_label' ? undefined : v))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
