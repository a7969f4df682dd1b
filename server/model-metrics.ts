import type { ModelCounters } from './model-counters';
import type { PrometheusText } from './prometheus-text';

/** The core's per-model families (texts run, batches, padding, cache), as `serve` and `proxy` both report them. */
export function writeModelMetrics(text: PrometheusText, prefix: string, counters: ModelCounters): void {
  const models = counters.snapshot();
  const counter = (name: string, help: string, pick: (model: (typeof models)[number]) => number, type: 'counter' | 'gauge' = 'counter'): void => {
    text.family(`${prefix}_${name}`, type, help);
    for (const model of models) text.sample(`${prefix}_${name}`, { classifier: model.classifier, model: model.modelDir }, pick(model));
  };
  counter('model_texts_run_total', 'Texts classified by running the model (cache hits not included).', (model) => model.totals.textsRun);
  counter('model_session_runs_total', 'ONNX session.run calls (one per micro-batch).', (model) => model.totals.sessionRuns);
  counter('model_tokens_run_total', 'Tokens of the texts run by the model, special tokens included.', (model) => model.totals.tokensRun);
  counter('model_padded_tokens_run_total', 'Tokens the model computed after padding each batch to its longest text: over model_tokens_run_total, the padding cost.', (model) => model.totals.paddedTokensRun);
  counter('model_failed_session_runs_total', 'session.run calls that threw (their texts were retried in smaller batches).', (model) => model.totals.failedSessionRuns);
  text.family(`${prefix}_model_batch_size`, 'summary', 'Texts per session.run: _sum is texts run, _count is session runs.');
  for (const model of models) {
    const labels = { classifier: model.classifier, model: model.modelDir };
    text.sample(`${prefix}_model_batch_size_sum`, labels, model.totals.textsRun).sample(`${prefix}_model_batch_size_count`, labels, model.totals.sessionRuns);
  }
  counter('model_largest_batch', 'Largest micro-batch run so far.', (model) => model.gauges.largestBatch, 'gauge');
  counter('model_queued_texts', 'Texts waiting for the model now.', (model) => model.gauges.queuedTexts, 'gauge');
  counter('cache_hits_total', 'Texts answered from the result cache.', (model) => model.totals.cacheHits);
  counter('cache_misses_total', 'Texts not in the result cache.', (model) => model.totals.cacheMisses);
  counter('cache_entries', 'Results held in the cache now.', (model) => model.gauges.cachedResults, 'gauge');
}
