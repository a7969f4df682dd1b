import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_SOURCES } from './card-sources';
import { EVAL_BLOCK_END, EVAL_BLOCK_START } from './eval/eval-blocks';
import type { TrainedTask } from './trained-task';
import type { OnnxCheck } from './verify-onnx';

/** The eval:all block of an existing card, kept until eval:all rewrites it. */
function keptEvalBlock(path: string): string {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = text.indexOf(EVAL_BLOCK_START);
  const end = text.indexOf(EVAL_BLOCK_END);
  if (start < 0 || end < start) return `${EVAL_BLOCK_START}\n(run \`npm run eval:all -- --write\` to fill this in)\n${EVAL_BLOCK_END}`;
  return text.slice(start, end + EVAL_BLOCK_END.length);
}

export function writeModelCard(task: TrainedTask, outDir: string, command: string, check: OnnxCheck): void {
  const { spec, data } = task;
  const sources = CARD_SOURCES[spec.name];
  const multi = spec.problemType === 'multi_label_classification';
  const t = spec.train;
  const path = join(outDir, 'MODEL_CARD.md');
  const onnxBytes = statSync(join(outDir, 'onnx', 'model.onnx')).size;
  const fallback = multi ? spec.fallbackLabel : spec.ignoredLabel;
  const lines = [
    `# ${spec.title}`,
    '',
    'Default-tier model of posthog-llm-classifiers: a small fastText-style classifier, trained by `train/` on public data and examples written by the project, in the Hugging Face folder layout the inference core loads (`config.json`, `tokenizer.json`, `tokenizer_config.json`, `onnx/model.onnx`).',
    '',
    '## Labels',
    `Label names are the reference names of the accurate-tier models (DESIGN.md "Label vocabulary"), so dashboards keep working across tiers. This model knows: ${data.labels.map((l) => `\`${l}\``).join(', ')}.${fallback ? ` \`${fallback}\` is ${multi ? 'never written on its own: the plugin writes it when no other label passes' : '"none of the others"; the plugin writes it when no other label passes its threshold'}.` : ''}`,
    '',
    ...data.notes.map((n) => `- ${n}`),
    '',
    '## Quality',
    'What the plugin writes (the highest label at or over its threshold, else the fallback), scored by `npm run eval:all` (`train/eval-all.ts`, reads ../shared/data; no network) on sets never trained on, and on the sets thresholds were tuned on (marked). The same numbers are in the README.',
    '',
    keptEvalBlock(path),
    '',
    '## Model',
    `- Input: bert-base-uncased WordPiece ids ([CLS] text [SEP]), the same \`tokenizer.json\` as every default model; trained on texts cut at 256 tokens, as the plugins cut them by default (the graph accepts up to 512).`,
    `- Features: every piece (${task.space.unigramRows - 1} pieces seen in training keep their own row; all other pieces share one), and hashed piece n-grams computed inside the graph (\`h = id[i + o0]; h = (h * ${task.space.prime} + id[i + o]) mod buckets\`): ${task.space.families.map((f) => `offsets [${f.offsets.join(', ')}] into ${f.buckets} buckets${f.remap ? `, ${f.rows - 1} of them (those hit by at least ${spec.minBigramCount} training n-grams) with their own row` : ''}`).join('; ')}.`,
    `- Pooling: sum of feature vectors under the attention mask divided by count^${t.poolPower}, then one linear layer: ${multi ? 'sigmoid per label (multi-label)' : 'softmax over labels (single-label)'}. The graph outputs raw \`logits\`; inputs \`input_ids\`, \`attention_mask\`, \`token_type_ids\` (unused).`,
    `- Trained with ${t.dim}-dimensional embeddings${(t.ensemble ?? 1) > 1 ? `, ${t.ensemble} seeds averaged` : ''}; pooling and the layer are both linear, so the layer is folded into the tables at export (one logit contribution per feature and label), stored as int8 with one scale per label. ONNX file ${(onnxBytes / 1e6).toFixed(2)} MB. Its logits were checked against the trainer's forward pass with onnxruntime-node on ${check.texts} held-out texts: max |difference| ${check.maxAbsDiff.toExponential(1)}.`,
    `- Speed: ${Math.round(check.textsPerSecond).toLocaleString('en-US')} texts/s on 1 CPU session (batch 32, held-out texts) on the 2-core training machine; see \`npm run bench\` for the suite.`,
    `- Languages: ${(spec.languages ?? ['en']).join(', ')} (config.json \`languages\`). Text in other languages gets unreliable labels.`,
    '',
    '## Data sets, licenses, attribution',
    ...sources.datasets.map((d) => `- ${d}`),
    '',
    `Model license: ${sources.modelLicense}`,
    '',
    '## Training',
    'Reproduce (from the repository root, with the data sets in ../shared/data; seeded, deterministic):',
    '```',
    command,
    '```',
    `Seed ${task.seed}; AdamW (lr ${t.lr} linearly decayed to ${+(t.lr * t.lrEndFraction).toPrecision(3)}, weight decay ${t.weightDecay}), batch ${t.batchSize}, dropout ${t.dropout} on the pooled vector, feature dropout ${t.featureDropout}, ${multi ? `positive-class weight (neg/pos)^${spec.weightPower} capped at ${spec.weightCap}, label smoothing ${spec.labelSmoothing}` : `class weights (balanced)^${spec.weightPower}, label smoothing ${spec.labelSmoothing}`}${Object.keys(spec.sourceRepeats).length ? `, oversampling ${Object.entries(spec.sourceRepeats).map(([s, r]) => `${s} x${r}`).join(', ')}` : ''}; early stopping on dev (patience ${t.patience}, best epoch ${task.bestEpoch}). Training took ${Math.round(task.seconds)} s on 2 CPU cores. The trainer's own per-source metrics are in \`training_report.json\`.`,
    '',
    '## Thresholds',
    spec.thresholdTuner
      ? `Thresholds ${spec.thresholdTuner.description}; stored in \`config.json\` as \`label_thresholds\`; the plugins use them when the threshold setting is left empty.`
      : `Tuned per label on the dev sets and stored in \`config.json\` as \`label_thresholds\`; the plugins use them when the threshold setting is left empty. ${
      multi
        ? spec.fallbackLabel
          ? `The F1-best threshold per label, then two rounds of coordinate ascent on each label's F1 plus \`${spec.fallbackLabel}\`'s (which every other threshold moves).`
          : `The F1-best threshold per label (F1 averaged over the data sources holding it), among those keeping the false-positive rate on the benign dev texts within ${((spec.maxBenignRate ?? 0.01) * 100).toFixed(1)}%${spec.primaryLabel ? `; \`${spec.primaryLabel}\` first, and no other label below it` : ''}.`
        : `For the plugin's rule (highest passing label wins), per label by coordinate ascent: the F1-best threshold in 0.35..0.95 among those reaching precision ${spec.minPrecision} on dev (every data source weighing the same), the middle of the run of equally good ones.`
    }`,
    '',
    '| label | threshold |',
    '|---|---|',
    ...data.labels.map((l, i) => `| ${l} | ${(Math.round(task.thresholds[i] * 1000) / 1000).toString()} |`),
    '',
    ...(sources.measurement ? [sources.measurement, ''] : []),
    '## Intended use',
    '- Cheap, always-available labels for analytics on LLM conversation events at high volume (segmenting insights, funnels and cohorts), where an occasional wrong label is acceptable.',
    '- Not for moderation decisions about individual people, and not as a substitute for the accurate-tier MiniLMv2 models when quality matters.',
    '',
    '## Known limits',
    ...sources.limits.map((l) => `- ${l}`),
    `- ${(spec.languages ?? ['en']).join(', ')} only (uncased); text beyond 256 word pieces is cut by the plugins.`,
    '',
  ];
  writeFileSync(path, lines.join('\n'));
}
