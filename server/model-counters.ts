import type { ClassifierStats } from '../shared';

export interface ModelStatsRow extends ClassifierStats {
  classifier: string;
  modelDir: string;
}

type CounterName = 'sessionRuns' | 'failedSessionRuns' | 'textsRun' | 'tokensRun' | 'paddedTokensRun' | 'cacheHits' | 'cacheMisses';
const COUNTERS: readonly CounterName[] = ['sessionRuns', 'failedSessionRuns', 'textsRun', 'tokensRun', 'paddedTokensRun', 'cacheHits', 'cacheMisses'];

interface ModelTotals {
  classifier: string;
  modelDir: string;
  totals: Record<CounterName, number>;
  lastSeen: Record<CounterName, number>;
  gauges: { largestBatch: number; queuedTexts: number; cachedResults: number };
}

/**
 * Turns the core's per-classifier counters into monotonic Prometheus counters: a classifier released with the
 * last plugin instance using it and loaded again later restarts at 0, so growth is added up as deltas.
 */
export class ModelCounters {
  private readonly models = new Map<string, ModelTotals>();

  /** `rows` may repeat a model (several plugin instances share one classifier): each model is counted once. */
  update(rows: readonly ModelStatsRow[]): void {
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${row.classifier}\u0000${row.modelDir}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let model = this.models.get(key);
      if (!model) {
        const zero = (): Record<CounterName, number> => Object.fromEntries(COUNTERS.map((name) => [name, 0])) as Record<CounterName, number>;
        model = { classifier: row.classifier, modelDir: row.modelDir, totals: zero(), lastSeen: zero(), gauges: { largestBatch: 0, queuedTexts: 0, cachedResults: 0 } };
        this.models.set(key, model);
      }
      for (const name of COUNTERS) {
        const current = row[name];
        model.totals[name] += current >= model.lastSeen[name] ? current - model.lastSeen[name] : current;
        model.lastSeen[name] = current;
      }
      model.gauges = { largestBatch: Math.max(model.gauges.largestBatch, row.largestBatch), queuedTexts: row.queuedTexts, cachedResults: row.cachedResults };
    }
  }

  snapshot(): Array<Omit<ModelTotals, 'lastSeen'>> {
    return [...this.models.values()].map(({ classifier, modelDir, totals, gauges }) => ({ classifier, modelDir, totals: { ...totals }, gauges: { ...gauges } }));
  }
}
