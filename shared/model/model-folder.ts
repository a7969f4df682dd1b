import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readJsonFile } from '../tokenizer/load-token-encoder';

export type ProblemType = 'multi_label_classification' | 'single_label_classification';

/** What the core needs from a Hugging Face model folder. */
export interface ModelFolder {
  dir: string;
  onnxPath: string;
  labels: string[];
  problemType: ProblemType;
  /** Per-label thresholds tuned by the model's trainer (`label_thresholds` in config.json), if it ships them. */
  labelThresholds?: Record<string, number>;
  /** Longest input the model accepts (from `max_position_embeddings`), if stated. */
  maxPositions?: number;
  /** ISO 639-1 codes of the languages the model was trained on (`languages` in config.json); undefined: not stated, never gated. */
  languages?: readonly string[];
}

/** Where Hugging Face exports put the ONNX file, in the order we prefer them (int8 first: that is what the reference models ship). */
export const ONNX_FILE_CANDIDATES = ['onnx/model_quantized.onnx', 'onnx/model.onnx', 'model_optimized_quantized.onnx', 'model_quantized.onnx', 'model.onnx'];

export function findOnnxFile(dir: string): string {
  for (const candidate of ONNX_FILE_CANDIDATES) {
    const path = join(dir, candidate);
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  throw new Error(`model folder ${dir} has no ONNX file; looked for ${ONNX_FILE_CANDIDATES.join(', ')}`);
}

function labelsFromConfig(config: Record<string, unknown>, configPath: string): string[] {
  const id2label = config.id2label;
  if (typeof id2label !== 'object' || id2label === null || Array.isArray(id2label)) {
    throw new Error(`config.json at ${configPath} has no id2label object; it is needed to name the model's outputs`);
  }
  const entries = Object.entries(id2label as Record<string, unknown>);
  const labels: string[] = new Array(entries.length);
  for (const [id, label] of entries) {
    const index = Number(id);
    if (!Number.isInteger(index) || index < 0 || index >= entries.length || typeof label !== 'string') {
      throw new Error(`config.json at ${configPath}: id2label must map ids 0..${entries.length - 1} to label names, got ${JSON.stringify(id)}: ${JSON.stringify(label)}`);
    }
    labels[index] = label;
  }
  return labels;
}

function problemTypeFromConfig(config: Record<string, unknown>, labelCount: number): ProblemType {
  if (config.problem_type === 'multi_label_classification' || config.problem_type === 'single_label_classification') return config.problem_type;
  // transformers' own rule when problem_type is unset: one output is a regression, several are single-label.
  return labelCount === 1 ? 'multi_label_classification' : 'single_label_classification';
}

function thresholdsFromConfig(config: Record<string, unknown>, labels: string[], configPath: string): Record<string, number> | undefined {
  const raw = config.label_thresholds;
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null) throw new Error(`config.json at ${configPath}: label_thresholds must be an object of label -> number`);
  const thresholds: Record<string, number> = {};
  for (const [label, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!labels.includes(label) || typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new Error(`config.json at ${configPath}: label_thresholds.${label} must be a number from 0 to 1 for a label of id2label, got ${JSON.stringify(value)}`);
    }
    thresholds[label] = value;
  }
  return thresholds;
}

const ISO_639_1 = /^[a-z]{2}$/;

function languagesFromConfig(config: Record<string, unknown>, configPath: string): string[] | undefined {
  const raw = config.languages;
  if (raw === undefined) return undefined;
  const valid = Array.isArray(raw) && raw.length > 0 && raw.every((code) => typeof code === 'string' && ISO_639_1.test(code));
  if (!valid) {
    throw new Error(`config.json at ${configPath}: languages must be a non-empty list of two-letter lowercase ISO 639-1 codes, e.g. ["en"] or ["en", "pt"], got ${JSON.stringify(raw)}; remove the field to label text in every language`);
  }
  return [...new Set(raw as string[])];
}

/** Reads and checks a model folder; every error names the path and what to do. */
export function readModelFolder(dir: string): ModelFolder {
  const absoluteDir = resolve(dir);
  if (!existsSync(absoluteDir) || !statSync(absoluteDir).isDirectory()) {
    throw new Error(`model folder ${absoluteDir} does not exist; run \`npx llm-classify models list\` to see installed models`);
  }
  const configPath = join(absoluteDir, 'config.json');
  if (!existsSync(configPath)) throw new Error(`model folder ${absoluteDir} has no config.json`);
  const config = readJsonFile(configPath, 'config.json');
  const labels = labelsFromConfig(config, configPath);
  const maxPositions = typeof config.max_position_embeddings === 'number' ? config.max_position_embeddings : undefined;
  return {
    dir: absoluteDir,
    onnxPath: findOnnxFile(absoluteDir),
    labels,
    problemType: problemTypeFromConfig(config, labels.length),
    labelThresholds: thresholdsFromConfig(config, labels, configPath),
    maxPositions,
    languages: languagesFromConfig(config, configPath),
  };
}
