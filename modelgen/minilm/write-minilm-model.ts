import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bertBaseUncasedVocab, bertTokenizerConfigJson, bertWordPieceTokenizerJson } from '../tokenizers/bert-wordpiece';
import { WeightQuantization } from './graph-ops';
import { bertClassifierConfigJson, ProblemType } from './hf-config';
import { buildMiniLmOnnx } from './minilm-graph';
import { MINILM_L6_H384, MiniLmShape } from './minilm-shape';

export interface MiniLmModelOptions {
  outDir: string;
  labels: readonly string[];
  problemType: ProblemType;
  quantization: WeightQuantization;
  seed: number;
  /** Overrides of the MiniLM-L6-H384 dimensions (e.g. fewer layers for fast fixtures). */
  shape?: Partial<MiniLmShape>;
  /** tokenizer_config.json's model_max_length (default: max positions, 512). */
  modelMaxLength?: number;
}

export interface WrittenMiniLmModel {
  dir: string;
  /** onnx/model.onnx (fp32) or onnx/model_quantized.onnx (int8), the names transformers.js looks for. */
  onnxPath: string;
  onnxBytes: number;
}

/** The ONNX file name transformers.js and the core pick for each quantization. */
export function onnxFileNameFor(quantization: WeightQuantization): string {
  return quantization === 'int8' ? 'model_quantized.onnx' : 'model.onnx';
}

/**
 * Writes a Hugging Face-layout model folder: config.json, tokenizer.json, tokenizer_config.json and
 * onnx/model.onnx or onnx/model_quantized.onnx holding a random-weight MiniLM-shaped BERT classifier.
 */
export function writeMiniLmShapedModel(options: MiniLmModelOptions): WrittenMiniLmModel {
  if (options.labels.length === 0) throw new Error('labels must not be empty');
  const shape: MiniLmShape = { ...MINILM_L6_H384, ...options.shape };
  const vocab = bertBaseUncasedVocab();
  const onnx = buildMiniLmOnnx({
    vocabSize: vocab.length,
    labelCount: options.labels.length,
    shape,
    quantization: options.quantization,
    seed: options.seed,
  });

  mkdirSync(join(options.outDir, 'onnx'), { recursive: true });
  const writeJson = (name: string, value: object): void => writeFileSync(join(options.outDir, name), `${JSON.stringify(value, null, 2)}\n`);
  writeJson('config.json', bertClassifierConfigJson(options.labels, options.problemType, shape, vocab.length));
  writeJson('tokenizer.json', bertWordPieceTokenizerJson(vocab));
  writeJson('tokenizer_config.json', bertTokenizerConfigJson(options.modelMaxLength ?? shape.maxPositions));
  const onnxPath = join(options.outDir, 'onnx', onnxFileNameFor(options.quantization));
  writeFileSync(onnxPath, onnx);
  return { dir: options.outDir, onnxPath, onnxBytes: onnx.byteLength };
}
