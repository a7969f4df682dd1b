import { acquireTextClassifier, parseSharedSettings, releaseTextClassifier } from '../../shared';
import { RUNTIME_MAX_TOKENS } from '../runtime-defaults';

const SLICE = 1024;

/** Label probabilities of every text from the model folder, through the inference core as the plugins run it. */
export async function modelProbabilities(modelDir: string, texts: readonly string[]): Promise<Float32Array[]> {
  const shared = parseSharedSettings({ maxTokens: String(RUNTIME_MAX_TOKENS), cacheSize: '0' });
  const options = { modelDir, executionProvider: shared.executionProvider, maxTokens: shared.maxTokens, batching: shared.batching, cacheSize: shared.cacheSize };
  const classifier = await acquireTextClassifier(options);
  try {
    const out: Float32Array[] = [];
    // In slices, so the model's bounded queue never overflows.
    for (let start = 0; start < texts.length; start += SLICE) out.push(...(await Promise.all(texts.slice(start, start + SLICE).map((text) => classifier.classify(text)))));
    return out;
  } finally {
    await releaseTextClassifier(classifier, options);
  }
}
