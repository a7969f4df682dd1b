import type { PluginEvent } from '@posthog/plugin-scaffold';
import type { ClassifierPlugin } from '../shared';
import { corpusTexts, interleavedTexts } from './corpus-texts';
import { SuiteRunner } from './suite-throughput';

export interface LanguageCost {
  texts: number;
  offTextsPerSecond: number;
  onTextsPerSecond: number;
}

/**
 * One model through processEvent with language detection off (`languageGate` and `writeLanguage` no) and on
 * (`writeLanguage` yes: every text detected, as when the model declares its languages), chunk by chunk, the two
 * taking turns to go first. The events must be new to the process, so that no detection is answered from its cache.
 */
export async function measureLanguageCost(events: PluginEvent[], plugin: ClassifierPlugin, modelDir: string, concurrency: number, chunks: number): Promise<LanguageCost> {
  // Cache sizes one apart give the two runners classifiers of their own: neither is answered from the other's results.
  const off = await new SuiteRunner(plugin, { modelDir, languageGate: 'no', writeLanguage: 'no', cacheSize: '10000' }, concurrency).start();
  const on = await new SuiteRunner(plugin, { modelDir, writeLanguage: 'yes', cacheSize: '10001' }, concurrency).start();
  const seconds = { off: 0, on: 0 };
  let texts = 0;
  const chunkSize = Math.ceil(events.length / chunks);
  for (let start = 0, turn = 0; start < events.length; start += chunkSize, turn++) {
    const chunk = events.slice(start, start + chunkSize);
    texts += interleavedTexts(corpusTexts(chunk)).length;
    const order = turn % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const);
    for (const which of order) seconds[which] += (await (which === 'off' ? off : on).run(chunk)).wallSeconds;
  }
  await Promise.all([off.stop(), on.stop()]);
  return { texts, offTextsPerSecond: texts / seconds.off, onTextsPerSecond: texts / seconds.on };
}
