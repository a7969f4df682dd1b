import { resolve } from 'node:path';
import { topicSpec } from '../plugins/topic/spec';
import { acquireTextClassifier, decideLabel, decisionRuleFor, parseSharedSettings, readModelFolder, releaseTextClassifier } from '../shared';
import type { Example } from './example';
import { computeMetrics, roundMetrics } from './metrics';
import { loadTopic } from './data/topic';

// `node dist/train/topic-measure.js`: the topic model scored through the inference core exactly as the plugin
// decides (decideLabel, the model's label_thresholds, `other` ignored, max 256 tokens), per data source.

const USAGE = 'usage: node dist/train/topic-measure.js [--model models/default-topic] [--data-dir ../shared/data] [--split heldout|dev] [--seed 13] [--max-tokens 256] [--errors N]';
/** The labels the independent chat-prompt set uses (its creative_writing is our writing). */
const CHAT_VIEW = ['coding', 'math', 'writing'];
const SLICE = 512;

function parseArgs(argv: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) throw new Error(`unexpected argument ${argv[i]}\n${USAGE}`);
    values[argv[i].slice(2)] = argv[i + 1];
  }
  for (const key of Object.keys(values)) if (!['model', 'data-dir', 'split', 'seed', 'max-tokens', 'errors'].includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  return values;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The three most probable labels, for telling a fallback (nothing passed) from a confusion. */
function topLabels(probs: Float32Array, labels: string[]): string {
  return [...probs]
    .map((p, i): [string, number] => [labels[i], p])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([label, p]) => `${label} ${p.toFixed(2)}`)
    .join(', ');
}

/** Precision and recall of `label` among the texts whose gold label is one of `view` (the other texts are left out). */
function viewScores(gold: string[], predicted: string[], view: string[], label: string): { precision: number; recall: number; support: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (!view.includes(g)) return;
    if (predicted[i] === label && g === label) tp++;
    else if (predicted[i] === label) fp++;
    else if (g === label) fn++;
  });
  return { precision: round(tp + fp === 0 ? 0 : tp / (tp + fp)), recall: round(tp + fn === 0 ? 0 : tp / (tp + fn)), support: tp + fn };
}

function sourceReport(labels: string[], examples: Example[], predicted: string[], top: string[], errors: number): object {
  const gold = examples.map((e) => labels[e.labels[0]]);
  const toSet = (name: string): number[] => (name === topicSpec.fallbackLabel ? [] : [labels.indexOf(name)]);
  const present = [...new Set(gold)].filter((g) => g !== topicSpec.fallbackLabel).map((g) => labels.indexOf(g));
  const metrics = roundMetrics(computeMetrics(gold.map(toSet), predicted.map(toSet), labels, present));
  const confusions = new Map<string, number>();
  gold.forEach((g, i) => {
    if (g !== predicted[i]) confusions.set(`${g} -> ${predicted[i]}`, (confusions.get(`${g} -> ${predicted[i]}`) ?? 0) + 1);
  });
  const wrong = examples.map((e, i) => ({ gold: gold[i], predicted: predicted[i], top: top[i], text: e.text.replace(/\s+/g, ' ').slice(0, 160) })).filter((r) => r.gold !== r.predicted);
  return {
    n: examples.length,
    macro_f1_over_present_topics: metrics.macro_f1,
    micro_f1: metrics.micro_f1,
    chat_view: Object.fromEntries(CHAT_VIEW.map((label) => [label, viewScores(gold, predicted, CHAT_VIEW, label)])),
    per_label: Object.fromEntries(Object.entries(metrics.per_label).map(([l, m]) => [l, { precision: m.precision, recall: m.recall, support: m.support, predicted: m.predicted }])),
    top_confusions: Object.fromEntries([...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12)),
    ...(errors > 0 ? { errors: wrong.slice(0, errors) } : {}),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const modelDir = resolve(args['model'] ?? 'models/default-topic');
  const split = args['split'] ?? 'heldout';
  if (split !== 'heldout' && split !== 'dev') throw new Error(`--split must be heldout or dev, got ${split}\n${USAGE}`);
  const model = readModelFolder(modelDir);
  const data = loadTopic(resolve(args['data-dir'] ?? '../shared/data'), Number(args['seed'] ?? 13));
  const examples = data[split];
  const labels = data.labels;
  if (model.labels.join() !== labels.join()) throw new Error(`${modelDir} has labels ${model.labels.join(', ')}; the topic task has ${labels.join(', ')}`);
  const rule = decisionRuleFor(topicSpec, labels, undefined, model.labelThresholds);
  const shared = parseSharedSettings({ maxTokens: args['max-tokens'], cacheSize: '0' });
  const options = { modelDir, executionProvider: shared.executionProvider, maxTokens: shared.maxTokens, batching: shared.batching, cacheSize: shared.cacheSize };
  const classifier = await acquireTextClassifier(options);
  const predicted: string[] = [];
  const top: string[] = [];
  try {
    for (let start = 0; start < examples.length; start += SLICE) {
      const scores = await Promise.all(examples.slice(start, start + SLICE).map((e) => classifier.classify(e.text)));
      predicted.push(...scores.map((p) => decideLabel(p, labels, rule).label));
      top.push(...scores.map((p) => topLabels(p, labels)));
    }
  } finally {
    await releaseTextClassifier(classifier, options);
  }
  const sources = [...new Set(examples.map((e) => e.source))];
  const report = Object.fromEntries(
    sources.map((source) => {
      const idx = examples.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0);
      return [source, sourceReport(labels, idx.map((i) => examples[i]), idx.map((i) => predicted[i]), idx.map((i) => top[i]), Number(args['errors'] ?? 0))];
    }),
  );
  process.stdout.write(`${JSON.stringify({ model: modelDir, split, max_tokens: options.maxTokens, rule: 'decideLabel: highest label at or over its threshold, other excluded, else other', sources: report }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
