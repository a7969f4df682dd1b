import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_SOURCES } from './card-sources';
import type { Metrics } from './metrics';
import type { TrainedTask } from './trained-task';
import type { OnnxCheck } from './verify-onnx';

const pct = (x: number): string => x.toFixed(3);

function metricsTable(title: string, m: Metrics): string {
  const rows = Object.entries(m.per_label).map(([label, v]) => `| ${label} | ${pct(v.precision)} | ${pct(v.recall)} | ${pct(v.f1)} | ${v.support} |`);
  return [`**${title}** — n ${m.n}, macro-F1 ${pct(m.macro_f1)}, micro-F1 ${pct(m.micro_f1)}`, '', '| label | precision | recall | F1 | support |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

function benignFprLines(task: TrainedTask): string[] {
  if (!task.benignFpr) return [];
  const rows = Object.entries(task.benignFpr.heldout).map(([source, f]) => `| ${source === 'all' ? 'all benign sources' : source} | ${f.n} | ${f.flagged} | ${(f.rate * 100).toFixed(2)}% |`);
  return [
    `**False positives on held-out benign chat-like text** (share of texts given any label; thresholds were tuned on dev to keep each label's benign dev rate at or below ${((task.spec.maxBenignRate ?? 0) * 100).toFixed(0)}%):`,
    '',
    '| source | n | flagged | rate |',
    '|---|---|---|---|',
    ...rows,
    '',
  ];
}

export function writeModelCard(task: TrainedTask, outDir: string, command: string, check: OnnxCheck): void {
  const { spec, data } = task;
  const sources = CARD_SOURCES[spec.name];
  const heldout = task.metrics['heldout'] as Record<string, Metrics>;
  const devTuned = task.metrics['dev_tuned'] as Metrics;
  const splitHalf = task.metrics['dev_split_half'] as Metrics | undefined;
  const multi = spec.problemType === 'multi_label_classification';
  const t = spec.train;
  const lines = [
    `# ${spec.title}`,
    '',
    `Default-tier model of posthog-llm-classifiers: a small fastText-style classifier, trained by \`train/\` on public data, in the Hugging Face folder layout the inference core loads (\`config.json\`, \`tokenizer.json\`, \`tokenizer_config.json\`, \`onnx/model.onnx\`).`,
    '',
    '## Model',
    `- Input: bert-base-uncased WordPiece ids ([CLS] text [SEP], up to ${512} tokens), the same \`tokenizer.json\` as every default model.`,
    `- Features: every piece (${task.space.unigramRows - 1} pieces seen in training keep their own row; all other pieces share one row, via an id-remap table inside the graph) and every adjacent piece pair, hashed inside the graph as \`(id[i] * ${task.space.bigramPrime} + id[i+1]) mod ${task.space.bigramBuckets}\`.`,
    `- Pooling: sum of feature vectors under the attention mask divided by count^${t.poolPower} (${t.poolPower === 1 ? 'mean pooling' : 'a length-normalised sum; 1 would be the plain mean'}), then one linear layer: ${multi ? 'sigmoid per label (multi-label)' : 'softmax over labels (single-label)'}. The graph outputs raw \`logits\`.`,
    `- Trained with ${t.dim}-dimensional embeddings; since pooling and the linear layer are both linear, the layer is folded into the tables at export (one logit contribution per feature and label), stored as int8 with one scale per label. The ONNX logits were checked against the trainer's forward pass with onnxruntime-node on ${check.texts} held-out texts: max |difference| ${check.maxAbsDiff.toExponential(1)}.`,
    `- Speed: ${Math.round(check.textsPerSecond).toLocaleString('en-US')} texts/s on 1 CPU session (batch 32, held-out texts, including feed building) on the 2-core training machine.`,
    '',
    '## Labels and data mapping',
    `Labels (id order): ${data.labels.map((l) => `\`${l}\``).join(', ')}.${spec.ignoredLabel ? ` \`${spec.ignoredLabel}\` means "none of the others" and is ignored by the plugins.` : ''}`,
    '',
    ...data.notes.map((n) => `- ${n}`),
    '',
    '## Data sets, licenses, attribution',
    ...sources.datasets.map((d) => `- ${d}`),
    '',
    `Model license: ${sources.modelLicense}`,
    '',
    '## Training',
    'Reproduce (from the repository root, after `npm run build`; seeded, deterministic):',
    '```',
    command,
    '```',
    `Seed ${task.seed}; AdamW (lr ${t.lr} linearly decayed to ${t.lr * t.lrEndFraction}, weight decay ${t.weightDecay}), batch ${t.batchSize}, dropout ${t.dropout} on the pooled vector, feature dropout ${t.featureDropout}, ${multi ? `positive-class weight (neg/pos)^${spec.weightPower} capped at ${spec.weightCap}` : `class weights (balanced)^${spec.weightPower}, label smoothing ${spec.labelSmoothing}`}${Object.keys(spec.sourceRepeats).length ? `, oversampling ${JSON.stringify(spec.sourceRepeats)}` : ''}; early stopping on dev (patience ${t.patience}, best epoch ${task.bestEpoch}). Training took ${Math.round(task.seconds)} s on 2 CPU cores.`,
    '',
    '## Thresholds',
    spec.thresholdTuner
      ? `Thresholds ${spec.thresholdTuner.description}; stored in \`config.json\` as \`label_thresholds\`; the plugins use them when the threshold setting is left empty.`
      : `Tuned per label on dev (${multi ? 'the F1-best threshold' + (spec.name === 'toxicity' ? ', F1 averaged over the two sources so Davidson does not drown OLID, among the thresholds that keep the benign dev false-positive rate within its cap' : '') : `thresholds >= 0.5, the F1-best among those reaching precision ${spec.minPrecision} on dev`}) and stored in \`config.json\` as \`label_thresholds\`; the plugins use them when the threshold setting is left empty.`,
    '',
    '| label | threshold |',
    '|---|---|',
    ...data.labels.map((l, i) => `| ${l} | ${(Math.round(task.thresholds[i] * 1000) / 1000).toString()} |`),
    '',
    '## Metrics',
    `Measured by the trainer on the int8 model that ships (same numbers as onnxruntime), with the thresholds above${multi ? '' : '; a text counts as a label when that label is the highest-scoring non-OTHER label over its threshold, otherwise as OTHER (no label); averages are over the non-OTHER labels'}. Also in \`training_report.json\`.`,
    '',
    ...(data.heldout === data.dev
      ? [
          metricsTable('GoEmotions dev (thresholds tuned on this same set, so optimistic)', devTuned),
          splitHalf ? `Less optimistic estimate: thresholds tuned on one half of dev and scored on the other half (both ways, averaged): macro-F1 ${pct(splitHalf.macro_f1)}, micro-F1 ${pct(splitHalf.micro_f1)}.\n` : '',
        ]
      : [
          ...Object.entries(heldout).map(([source, m]) => metricsTable(`Held-out — ${source === 'all' ? 'all sources' : source}`, m)),
          metricsTable('Dev (tuning set)', devTuned),
          ...benignFprLines(task),
        ]),
    ...(sources.measurement ? [sources.measurement, ''] : []),
    '## Intended use',
    '- Cheap, always-available labels for analytics on LLM conversation events at high volume (segmenting insights, funnels and cohorts), where an occasional wrong label is acceptable.',
    '- Not for moderation decisions about individual people, and not as a substitute for the accurate-tier MiniLMv2 models when quality matters.',
    '',
    '## Known limits',
    ...sources.limits.map((l) => `- ${l}`),
    '- English only (uncased); text beyond 510 word pieces is cut.',
    '',
  ];
  writeFileSync(join(outDir, 'MODEL_CARD.md'), lines.join('\n'));
}
