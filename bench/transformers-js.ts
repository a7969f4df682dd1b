import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { encodeTexts, loadFolderTokenizer } from './bench-tokenizer';
import { DEFAULT_MAX_LENGTH, EngineMeasureOptions } from './engine-options';
import { RssPeakSampler } from './rss';
import { cpuPercentProbe, secondsSince, summarizeThroughput, ThroughputResult } from './throughput';

export type TextClassifier = ((text: string) => Promise<unknown>) & {
  tokenizer: { _tokenizerConfig: { model_max_length?: number } };
  dispose(): Promise<unknown>;
};

/**
 * A transformers.js text-classification pipeline over a local Hugging Face folder, with no network:
 * remote models off, `localModelPath` = the folder's parent, model id = the folder's name, and
 * dtype `q8` (onnx/model_quantized.onnx) or `fp32` (onnx/model.onnx).
 */
export async function loadTransformersJsPipeline(
  modelDir: string,
  maxLength: number,
  sessionOptions?: EngineMeasureOptions['sessionOptions'],
): Promise<TextClassifier> {
  const transformers = await import('@huggingface/transformers');
  const absolute = resolve(modelDir);
  transformers.env.allowRemoteModels = false;
  transformers.env.allowLocalModels = true;
  transformers.env.localModelPath = `${dirname(absolute)}/`;
  const dtype = existsSync(join(absolute, 'onnx', 'model_quantized.onnx')) ? 'q8' : 'fp32';
  const classifier = (await transformers.pipeline('text-classification', basename(absolute), {
    dtype,
    local_files_only: true,
    ...(sessionOptions === undefined ? {} : { session_options: sessionOptions }),
  })) as unknown as TextClassifier;
  // The pipeline truncates at tokenizer_config's model_max_length (a getter over this private field in 4.x); match the other engines' cut.
  classifier.tokenizer._tokenizerConfig.model_max_length = maxLength;
  return classifier;
}

/** The drop-in alternative: transformers.js pipeline on the same ONNX file, one text per call. */
export async function measureTransformersJs(options: EngineMeasureOptions & { pipeline?: TextClassifier }): Promise<ThroughputResult> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const tokenCounts = encodeTexts(loadFolderTokenizer(options.modelDir), options.texts, maxLength).map((ids) => ids.length);
  const classifier = options.pipeline ?? (await loadTransformersJsPipeline(options.modelDir, maxLength, options.sessionOptions));
  if (options.pipeline === undefined) await classifier(options.texts[0]); // warm-up

  const secondsPerText: number[] = [];
  const sampler = new RssPeakSampler().start();
  const cpuPercent = cpuPercentProbe();
  const start = process.hrtime.bigint();
  for (const text of options.texts) {
    const textStart = process.hrtime.bigint();
    await classifier(text);
    secondsPerText.push(secondsSince(textStart));
  }
  const wallSeconds = secondsSince(start);
  const result = summarizeThroughput(options.name ?? 'transformers.js pipeline', tokenCounts, secondsPerText, wallSeconds);
  result.cpuPercent = cpuPercent();
  result.peakRssMb = sampler.stop();
  if (options.pipeline === undefined) await classifier.dispose();
  return result;
}
