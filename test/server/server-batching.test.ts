import { llmEvent } from '../helpers/events';
import { metricValue, postJson, startFixtureServer } from './server-helpers';
import { suiteToggles } from '../helpers/fixture-models';

const TOXIC_WORDS = ['idiot', 'kill', 'crap', 'loser', 'racist', 'worthless'];
const EXPECTED: Record<string, string> = { idiot: 'toxic', kill: 'threat', crap: 'obscene', loser: 'insult', racist: 'identity_hate', worthless: 'toxic' };

describe('llm-classify serve: batching across requests and /metrics', () => {
  it('joins texts of concurrent requests into shared model runs, and /metrics shows it', async () => {
    const server = await startFixtureServer({ settings: { emotionEnabled: 'no', flowEnabled: 'no', classifySides: 'user', cacheSize: '0', batchWaitMs: '200' } });
    try {
      const before = await (await fetch(`${server.url}/metrics`)).text();
      const runsBefore = metricValue(before, 'llm_classify_model_session_runs_total', { classifier: 'toxicity' }) ?? 0;
      const textsBefore = metricValue(before, 'llm_classify_model_texts_run_total', { classifier: 'toxicity' }) ?? 0;
      const words = Array.from({ length: 48 }, (_, index) => TOXIC_WORDS[index % TOXIC_WORDS.length]);
      // One request per event, all at once, with distinct texts so neither dedup nor the cache explains the result.
      const answers = await Promise.all(words.map((word, index) => postJson(`${server.url}/v1/process`, { event: llmEvent(`request ${index} says ${word}`, '') })));
      answers.forEach((answer, index) => expect(answer.body.properties.user_toxicity).toBe(EXPECTED[words[index]]));

      const page = await (await fetch(`${server.url}/metrics`)).text();
      const runs = (metricValue(page, 'llm_classify_model_session_runs_total', { classifier: 'toxicity' }) ?? 0) - runsBefore;
      const texts = (metricValue(page, 'llm_classify_model_texts_run_total', { classifier: 'toxicity' }) ?? 0) - textsBefore;
      expect(texts).toBe(48);
      // Texts of different requests shared runs: fewer runs than requests (how many fewer depends on arrival timing).
      expect(runs).toBeLessThan(48);
      expect(metricValue(page, 'llm_classify_model_batch_size_count', { classifier: 'toxicity' })).toBe(runsBefore + runs);
      expect(metricValue(page, 'llm_classify_model_largest_batch', { classifier: 'toxicity' })).toBeGreaterThan(1);
      const tokensRun = metricValue(page, 'llm_classify_model_tokens_run_total', { classifier: 'toxicity' }) ?? 0;
      expect(tokensRun).toBeGreaterThan(48 * 4); // [CLS] request N says word [SEP]
      expect(metricValue(page, 'llm_classify_model_padded_tokens_run_total', { classifier: 'toxicity' })).toBeGreaterThanOrEqual(tokensRun);
      expect(metricValue(page, 'llm_classify_http_requests_total', { endpoint: '/v1/process', status: '200' })).toBe(48);
      expect(metricValue(page, 'llm_classify_http_request_duration_seconds_count', { endpoint: '/v1/process' })).toBe(48);
      expect(metricValue(page, 'llm_classify_http_request_duration_seconds_bucket', { endpoint: '/v1/process', le: '+Inf' })).toBe(48);
      expect(metricValue(page, 'llm_classify_events_total', { outcome: 'labeled' })).toBe(48);
      expect(metricValue(page, 'llm_classify_cache_misses_total', { classifier: 'toxicity' })).toBeGreaterThanOrEqual(48);
      expect(metricValue(page, 'llm_classify_ready')).toBe(1);
      expect(page).toContain('# TYPE llm_classify_http_request_duration_seconds histogram');
    } finally {
      await server.close();
    }
  });

  it('counts cache hits, and shares models between plugin instances of different per-request settings', async () => {
    const server = await startFixtureServer({ settings: suiteToggles(['emotion']) });
    try {
      const event = llmEvent('a happy line for the cache test', '');
      await postJson(`${server.url}/v1/process`, { event });
      await postJson(`${server.url}/v1/process`, { event, settings: { emotionThreshold: '0.9' } });
      await postJson(`${server.url}/v1/process`, { event, settings: { emotionThreshold: '0.8' } });
      const page = await (await fetch(`${server.url}/metrics`)).text();
      // Three plugin instances, one emotion model: the 2nd and 3rd requests hit the first one's cached result.
      expect(metricValue(page, 'llm_classify_plugin_instances')).toBe(3);
      expect(metricValue(page, 'llm_classify_cache_hits_total', { classifier: 'emotion' })).toBe(2);
      expect(page.split('\n').filter((line) => line.startsWith('llm_classify_model_texts_run_total{')).length).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('keeps at most --max-runtimes plugin instances', async () => {
    const server = await startFixtureServer({ maxRuntimes: 2, settings: { toxicityEnabled: 'no', flowEnabled: 'no' } });
    try {
      for (const threshold of ['0.1', '0.2', '0.3', '0.4']) {
        const answer = await postJson(`${server.url}/v1/process`, { event: llmEvent('pleased', ''), settings: { emotionThreshold: threshold } });
        expect(answer.body.properties.user_emotion).toBe(Number(threshold) <= 0.45 ? 'joy' : 'neutral');
      }
      const page = await (await fetch(`${server.url}/metrics`)).text();
      expect(metricValue(page, 'llm_classify_plugin_instances')).toBe(2);
      // The server's own instance is pinned: evicting the others never unloads the model.
      const answer = await postJson(`${server.url}/v1/process`, { event: llmEvent('happy', '') });
      expect(answer.body.properties.user_emotion).toBe('joy');
    } finally {
      await server.close();
    }
  });
});
