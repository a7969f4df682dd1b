import * as ort from 'onnxruntime-node';
import { buildModelInputs, findOnnxFile } from '../shared';

/** Session option sets compared by the baselines (ORT's default intra-op threads = physical cores). */
export const SESSION_VARIANTS: Record<string, ort.InferenceSession.SessionOptions> = {
  'default-threads': { graphOptimizationLevel: 'all' },
  'intra-op-2': { graphOptimizationLevel: 'all', intraOpNumThreads: 2 },
  'intra-op-1': { graphOptimizationLevel: 'all', intraOpNumThreads: 1 },
  // Worker threads sleep instead of spin-waiting between ops: matters when other processes share the cores.
  'intra-op-2-no-spin': { graphOptimizationLevel: 'all', intraOpNumThreads: 2, extra: { session: { intra_op: { allow_spinning: '0' } } } },
};

export function createBenchSession(modelDir: string, options: ort.InferenceSession.SessionOptions = SESSION_VARIANTS['default-threads']): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(findOnnxFile(modelDir), options);
}

/** Right-padded int64 feeds for the inputs the session declares, built by the core's own code. */
export function batchFeeds(inputNames: readonly string[], batch: number[][]): Record<string, ort.Tensor> {
  const feeds = buildModelInputs(batch, 0, inputNames);
  return Object.fromEntries(Object.entries(feeds).map(([name, feed]) => [name, new ort.Tensor('int64', feed.data, feed.dims)]));
}
