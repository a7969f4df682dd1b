import type { PluginEvent } from '@posthog/plugin-scaffold';
import type { ClassifierPlugin } from '../shared';
import { alternateSuites } from './alternating-suites';

export interface LanguageCost {
  texts: number;
  offTextsPerSecond: number;
  onTextsPerSecond: number;
}

/**
 * One model through processEvent with language detection off (`languageGate` and `writeLanguage` no) and on
 * (`writeLanguage` yes: every text detected, as when the model declares its languages), in turns on the same chunks.
 * The events must be new to the process, so that no detection is answered from its cache.
 */
export async function measureLanguageCost(events: PluginEvent[], plugin: ClassifierPlugin, modelDir: string, concurrency: number, chunks: number, warmUp: PluginEvent[] = []): Promise<LanguageCost> {
  // Cache sizes one apart give the two runners classifiers of their own: neither is answered from the other's results.
  const { texts, textsPerSecond } = await alternateSuites(
    events,
    { off: { plugin, config: { modelDir, languageGate: 'no', writeLanguage: 'no', cacheSize: '10000' } }, on: { plugin, config: { modelDir, writeLanguage: 'yes', cacheSize: '10001' } } },
    concurrency,
    chunks,
    warmUp,
  );
  return { texts, offTextsPerSecond: textsPerSecond.off, onTextsPerSecond: textsPerSecond.on };
}
