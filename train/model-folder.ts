import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bagGraphOnnx } from './onnx/bag-graph';
import { MAX_TOKENS } from './tokenize';
import type { TrainedTask } from './trained-task';

/** config.json in the Hugging Face layout the inference core reads, plus our tuned thresholds. */
export function configJson(task: TrainedTask): object {
  const { labels } = task.data;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    model_type: 'fasttext-bag',
    architectures: ['FastTextBagForSequenceClassification'],
    problem_type: task.spec.problemType,
    id2label: Object.fromEntries(labels.map((label, i) => [String(i), label])),
    label2id: Object.fromEntries(labels.map((label, i) => [label, i])),
    label_thresholds: Object.fromEntries(labels.map((label, i) => [label, round(task.thresholds[i])])),
    languages: task.spec.languages ?? ['en'],
    max_position_embeddings: MAX_TOKENS,
    vocab_size: task.tokenizer.vocabSize,
    pad_token_id: 0,
    fasttext_bag: {
      kept_pieces: task.space.unigramRows - 1,
      ngrams: task.space.families.map((f) => ({ offsets: f.offsets, buckets: f.buckets, rows: f.rows })),
      ngram_hash: `h = input_ids[i + offsets[0]]; h = (h * ${task.space.prime} + input_ids[i + offset]) mod buckets for each later offset`,
      pooling: `sum over pieces and piece n-grams under the attention mask / count^${task.graph.poolPower}`,
      quantization: 'int8 per-label scale, linear layer folded into the tables',
      training_dim: task.spec.train.dim,
      seed: task.seed,
    },
  };
}

/** Writes config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx; returns the ONNX path. */
export function writeModelFolder(task: TrainedTask, outDir: string): string {
  mkdirSync(join(outDir, 'onnx'), { recursive: true });
  writeFileSync(join(outDir, 'config.json'), `${JSON.stringify(configJson(task), null, 2)}\n`);
  writeFileSync(join(outDir, 'tokenizer.json'), JSON.stringify(task.tokenizer.tokenizerJson));
  writeFileSync(join(outDir, 'tokenizer_config.json'), `${JSON.stringify(task.tokenizer.tokenizerConfigJson, null, 2)}\n`);
  const onnxPath = join(outDir, 'onnx', 'model.onnx');
  writeFileSync(onnxPath, bagGraphOnnx(task.graph));
  return onnxPath;
}
