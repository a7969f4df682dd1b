import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { acquireTextClassifier, readModelFolder, releaseTextClassifier, type ModelFolder } from '../../shared';
import { thresholdsFor } from '../../shared/decode/label-decision';
import { EXECUTION_PROVIDERS, type ExecutionProviderChoice } from '../../shared/model/execution-provider';
import { type CommandSpec, helpText, parseArgs } from '../args';
import { UsageError, firstLine } from '../cli-error';
import { f1Report } from './f1-metrics';

const EVAL_SLICE = 1024;

export const evalSpec: CommandSpec = {
  name: 'eval',
  usage: 'llm-classify eval --model DIR --data FILE [--threshold X]',
  summary: 'Score a model folder on labeled texts (JSON Lines of {"text": "...", "labels": ["joy"]}) and print one JSON object: n, macro_f1, micro_f1, per_label precision/recall/f1/support.',
  options: {
    model: { type: 'string', valueName: 'DIR', description: 'model folder (config.json, tokenizer.json, ONNX)' },
    data: { type: 'string', valueName: 'FILE', description: 'JSON Lines, one {"text", "labels": [...]} per line; an empty list means no label (neutral / non_toxic / OTHER)' },
    threshold: { type: 'string', valueName: 'X', description: "one threshold 0..1 for every label (default: config.json label_thresholds, else 0.5 multi-label / plain argmax single-label)" },
    'execution-provider': { type: 'string', valueName: 'cpu|cuda|auto', description: 'onnxruntime execution provider (default cpu)' },
    'max-tokens': { type: 'string', valueName: 'N', description: 'cut texts to N tokens (default 256)' },
  },
  notes: [
    'Predictions: multi-label models predict every label at or over its threshold, except the no-label output',
    '(neutral / OTHER / non_toxic), which is predicted only when no other label passes, as the plugins decide.',
    'Single-label models predict the argmax when it passes its threshold, else the no-label class.',
    'Averages cover the labels seen in the data or the predictions. The no-label class counts in them when the',
    'model has such an output (e.g. GoEmotions neutral); when it does not (toxicity), it is reported but not averaged.',
  ],
};

const NO_LABEL_NAMES = ['neutral', 'OTHER', 'non_toxic'];

interface Example {
  text: string;
  labels: Set<string>;
}

/** The model's own no-label output, or the name that stands for "nothing passed" when it has none. */
function noLabelClass(model: ModelFolder): { name: string; isModelOutput: boolean } {
  const own = model.labels.find((label) => NO_LABEL_NAMES.includes(label));
  if (own) return { name: own, isModelOutput: true };
  if (model.labels.includes('toxicity')) return { name: 'non_toxic', isModelOutput: false };
  return { name: model.problemType === 'single_label_classification' ? 'OTHER' : 'neutral', isModelOutput: false };
}

function readExamples(path: string, model: ModelFolder, noLabel: string): Example[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--data ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? firstLine(error)}); check the path`);
  }
  const examples: Example[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let row: { text?: unknown; labels?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      throw new UsageError(`--data ${path} line ${index + 1} is not JSON; each line must be {"text": "...", "labels": [...]}`);
    }
    const labels = typeof row.labels === 'string' ? [row.labels] : row.labels;
    if (typeof row.text !== 'string' || !Array.isArray(labels) || !labels.every((label) => typeof label === 'string')) {
      throw new UsageError(`--data ${path} line ${index + 1} needs a string "text" and a list of strings "labels"`);
    }
    const gold = new Set<string>();
    for (const label of labels as string[]) {
      if (NO_LABEL_NAMES.includes(label)) continue;
      if (!model.labels.includes(label)) throw new UsageError(`--data ${path} line ${index + 1}: label ${JSON.stringify(label)} is not an output of the model; its labels are ${model.labels.join(', ')}`);
      gold.add(label);
    }
    examples.push({ text: row.text, labels: gold.size > 0 ? gold : new Set([noLabel]) });
  });
  if (examples.length === 0) throw new UsageError(`--data ${path} has no examples`);
  return examples;
}

function readNumberFlag(text: string | undefined, flag: string, min: number, max: number, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) throw new UsageError(`--${flag} must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
}

export async function runEvalCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, evalSpec);
  if (args.help) {
    process.stdout.write(helpText(evalSpec));
    return 0;
  }
  if (args.values.model === undefined || args.values.data === undefined) throw new UsageError('eval needs --model DIR and --data FILE; see `llm-classify eval --help`');
  const provider = (args.values['execution-provider'] ?? 'cpu') as ExecutionProviderChoice;
  if (!EXECUTION_PROVIDERS.includes(provider)) throw new UsageError(`--execution-provider must be one of ${EXECUTION_PROVIDERS.join(', ')}, got ${JSON.stringify(provider)}`);
  const userThreshold = readNumberFlag(args.values.threshold, 'threshold', 0, 1, false);
  const maxTokens = readNumberFlag(args.values['max-tokens'], 'max-tokens', 1, 512, true) ?? 256;
  const modelDir = resolve(args.values.model);
  let model: ModelFolder;
  try {
    model = readModelFolder(modelDir);
  } catch (error) {
    throw new UsageError(`--model: ${firstLine(error)}`);
  }
  const noLabel = noLabelClass(model);
  const examples = readExamples(args.values.data, model, noLabel.name);
  const singleLabel = model.problemType === 'single_label_classification';
  const thresholds = thresholdsFor(model.labels, userThreshold, model.labelThresholds, singleLabel ? 0 : 0.5);
  const options = { modelDir, executionProvider: provider, maxTokens, cacheSize: 0 };
  const classifier = await acquireTextClassifier(options);
  let predicted: Array<Set<string>>;
  try {
    // In slices, so the model's queue (bounded for backpressure) never overflows on a large file.
    const probabilities: Float32Array[] = [];
    for (let start = 0; start < examples.length; start += EVAL_SLICE) {
      probabilities.push(...(await Promise.all(examples.slice(start, start + EVAL_SLICE).map((example) => classifier.classify(example.text)))));
    }
    predicted = probabilities.map((scores) => {
      if (singleLabel) {
        let best = 0;
        for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
        return new Set([scores[best] >= thresholds[best] ? model.labels[best] : noLabel.name]);
      }
      const passing = model.labels.filter((label, i) => label !== noLabel.name && scores[i] >= thresholds[i]);
      return new Set(passing.length > 0 ? passing : [noLabel.name]);
    });
  } finally {
    await releaseTextClassifier(classifier, options);
  }
  const classes = noLabel.isModelOutput ? model.labels : [...model.labels, noLabel.name];
  const report = f1Report(examples.map((example) => example.labels), predicted, classes, noLabel.isModelOutput ? new Set() : new Set([noLabel.name]));
  const thresholdSource = userThreshold !== undefined ? `--threshold ${userThreshold}` : model.labelThresholds ? 'config.json label_thresholds' : singleLabel ? 'argmax' : '0.5';
  process.stdout.write(`${JSON.stringify({ model: modelDir, problem_type: model.problemType, thresholds: thresholdSource, no_label_class: noLabel.name, no_label_class_averaged: noLabel.isModelOutput, n: examples.length, ...report }, null, 2)}\n`);
  return 0;
}
