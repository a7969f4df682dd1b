import type { PluginEvent } from '@posthog/plugin-scaffold';
import type { ClassifierPlugin } from '../shared';
import { corpusTexts, interleavedTexts } from './corpus-texts';
import { SuiteRunner } from './suite-throughput';

export interface SuiteSetup {
  plugin: ClassifierPlugin;
  config: Record<string, string>;
}

export interface AlternatingResult<Name extends string> {
  texts: number;
  textsPerSecond: Record<Name, number>;
}

/**
 * Several set-ups through processEvent on the same events, chunk by chunk, taking turns to go first, so that this
 * machine's slow and fast phases hit all of them alike: their ratio is meaningful even when each rate is not. Give
 * each set-up its own `cacheSize` (and events new to the process) so that none is answered from another's results,
 * and `warmUp` events other than the measured ones.
 */
export async function alternateSuites<Name extends string>(events: PluginEvent[], setups: Record<Name, SuiteSetup>, concurrency: number, chunks: number, warmUp: PluginEvent[] = []): Promise<AlternatingResult<Name>> {
  const names = Object.keys(setups) as Name[];
  const runners = new Map<Name, SuiteRunner>();
  for (const name of names) runners.set(name, await new SuiteRunner(setups[name].plugin, setups[name].config, concurrency).start());
  // Untimed: the first set-up to run would otherwise pay the JIT and thread start-up of all of them.
  for (const name of names) await runners.get(name)!.run(warmUp);
  const seconds = new Map<Name, number>(names.map((name) => [name, 0]));
  let texts = 0;
  const chunkSize = Math.ceil(events.length / chunks);
  for (let start = 0, turn = 0; start < events.length; start += chunkSize, turn++) {
    const chunk = events.slice(start, start + chunkSize);
    texts += interleavedTexts(corpusTexts(chunk)).length;
    const order = [...names.slice(turn % names.length), ...names.slice(0, turn % names.length)];
    for (const name of order) seconds.set(name, (seconds.get(name) ?? 0) + (await runners.get(name)!.run(chunk)).wallSeconds);
  }
  await Promise.all([...runners.values()].map((runner) => runner.stop()));
  return { texts, textsPerSecond: Object.fromEntries(names.map((name) => [name, texts / (seconds.get(name) ?? 0)])) as Record<Name, number> };
}
