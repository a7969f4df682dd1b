import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type LabelDecision, type ModelFolder, SHARED_SETTINGS, type ThresholdSetting, acquireTextClassifier, decideLabel, decisionRuleFor, parseSharedSettings, readModelFolder, readSetting, releaseTextClassifier } from '../../shared';
import { type CommandSpec, helpText, parseArgs } from '../args';
import { UsageError, firstLine } from '../cli-error';
import { optionFor } from '../settings/setting-options';
import { SLOT_IDS, evalSlot } from './eval-classifier';
import { readExamples } from './eval-examples';
import { scoreDecisions } from './eval-scoring';

const EVAL_SLICE = 1024;
const THRESHOLD: ThresholdSetting = { key: 'threshold', name: 'threshold', type: 'threshold', perRequest: false, hint: '' };

export const evalSpec: CommandSpec = {
  name: 'eval',
  usage: 'llm-classify eval --model DIR --data FILE [--classifier NAME] [--threshold X]',
  summary: 'Score a model folder on labeled texts (JSON Lines of {"text": "...", "labels": ["joy"]}) by exactly the label the plugin would write, and print one JSON object: n, macro_f1, micro_f1, per_label precision/recall/f1/support.',
  options: {
    model: { type: 'string', valueName: 'DIR', description: 'model folder (config.json, tokenizer.json, ONNX)' },
    data: { type: 'string', valueName: 'FILE', description: 'JSON Lines, one {"text", "labels": [...]} per line; an empty list means no label (neutral / non_toxic / OTHER)' },
    classifier: { type: 'string', valueName: SLOT_IDS.join('|'), description: "whose rule to score (fallback label, ignored labels, default threshold); default: inferred from the model's labels" },
    threshold: { type: 'string', valueName: 'X', description: "one threshold 0..1 for every label, as the plugin's threshold setting (default: config.json label_thresholds, else the classifier's default)" },
    predictions: { type: 'string', valueName: 'FILE', description: 'also write one JSON line per example: the label, score and label list the plugin would write' },
    ...Object.fromEntries([SHARED_SETTINGS.executionProvider, SHARED_SETTINGS.maxTokens].map(optionFor)),
  },
  notes: [
    'Scoring is the plugin\'s own rule: per text, the highest-scoring label at or over its threshold, ignored labels',
    '(neutral, OTHER) never winning over a real one, else the fallback (neutral / non_toxic / OTHER). macro_f1, micro_f1 and',
    'per_label compare that one written label with the gold labels. Multi-label classifiers also get label_list (every',
    'passing label, as writeLabelList writes them); toxicity also gets any_label (something toxic written vs a toxic gold label).',
    'The fallback class is averaged in when the model has it as an output (neutral, OTHER), else only reported (non_toxic).',
  ],
};

async function decide(model: ModelFolder, texts: readonly string[], config: Record<string, string | undefined>, rule: Parameters<typeof decideLabel>[2]): Promise<LabelDecision[]> {
  const shared = parseSharedSettings({ ...config, cacheSize: '0' });
  const options = { modelDir: model.dir, executionProvider: shared.executionProvider, maxTokens: shared.maxTokens, batching: shared.batching, cacheSize: shared.cacheSize };
  const classifier = await acquireTextClassifier(options);
  try {
    const decisions: LabelDecision[] = [];
    // In slices, so the model's queue (bounded for backpressure) never overflows on a large file.
    for (let start = 0; start < texts.length; start += EVAL_SLICE) {
      const scores = await Promise.all(texts.slice(start, start + EVAL_SLICE).map((text) => classifier.classify(text)));
      decisions.push(...scores.map((probabilities) => decideLabel(probabilities, classifier.labels, rule)));
    }
    return decisions;
  } finally {
    await releaseTextClassifier(classifier, options);
  }
}

export async function runEvalCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, evalSpec);
  if (args.help) {
    process.stdout.write(helpText(evalSpec));
    return 0;
  }
  if (args.values.model === undefined || args.values.data === undefined) throw new UsageError('eval needs --model DIR and --data FILE; see `llm-classify eval --help`');
  const config = { executionProvider: args.values['execution-provider'], maxTokens: args.values['max-tokens'], threshold: args.values.threshold };
  const userThreshold = readSetting(config, THRESHOLD, '--threshold');
  let model: ModelFolder;
  try {
    model = readModelFolder(resolve(args.values.model));
  } catch (error) {
    throw new UsageError(`--model: ${firstLine(error)}`);
  }
  const { spec, slot } = evalSlot(args.values.classifier, model.labels);
  const known = new Set([...model.labels, spec.fallbackLabel, ...spec.ignoredLabels]);
  const examples = readExamples(args.values.data, known, model.labels.join(', '));
  const rule = decisionRuleFor(spec, model.labels, userThreshold, model.labelThresholds);
  const decisions = await decide(model, examples.map((example) => example.text), config, rule);
  if (args.values.predictions !== undefined) {
    writeFileSync(args.values.predictions, decisions.map((decision, index) => `${JSON.stringify({ line: index + 1, label: decision.label, score: Math.round(decision.score * 10_000) / 10_000, labels: decision.passingLabels })}\n`).join(''));
  }
  const report = scoreDecisions(examples.map((example) => example.labels), decisions, spec, model.labels, slot.problemType === 'multi_label_classification');
  const thresholdSource = userThreshold !== undefined ? `--threshold ${userThreshold}` : model.labelThresholds ? 'config.json label_thresholds' : `${spec.name} default ${spec.defaultThreshold}`;
  const header = { model: model.dir, classifier: slot.id, problem_type: model.problemType, thresholds: thresholdSource, fallback_label: spec.fallbackLabel, fallback_label_averaged: model.labels.includes(spec.fallbackLabel), n: examples.length };
  process.stdout.write(`${JSON.stringify({ ...header, ...report }, null, 2)}\n`);
  return 0;
}
