import * as suite from '../../index';
import { buildFixtureModels } from '../../modelgen/fixtures/build-fixture-models';
import { labelingStats } from '../../shared';

export interface IngestionLoadOptions {
  events: number;
  concurrency: number;
  cacheSize: number;
  fixtureDir: string;
}

export interface IngestionLoadReport {
  events: number;
  returned: number;
  labeled: number;
  seconds: number;
  eventsPerSecond: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  largestQueue: number;
  largestCache: number;
}

const WORDS = ['happy', 'idiot', 'sorry', 'thanks', 'wrong', 'the', 'report', 'is', 'ready', 'please', 'help', 'me', 'with', 'this', 'code', 'again', 'more'];

/** Event i of a seeded mix: both schemas, multi-turn ChatML, a third of the texts repeating an earlier event's. */
export function loadEvent(i: number): { event: string; uuid: string; distinct_id: string; properties: Record<string, unknown> } {
  const source = i % 3 === 0 && i > 0 ? Math.floor(i / 7) : i;
  const words = Array.from({ length: 4 + (source % 23) }, (_, k) => WORDS[(source * 31 + k * 7) % WORDS.length]);
  const userText = `${words.join(' ')} ${source}`;
  const agentText = `${words.reverse().join(' ')} answer ${source}`;
  const properties =
    i % 2 === 0
      ? { $llm_input: [{ role: 'user', content: 'earlier turn' }, { role: 'assistant', content: 'ok' }, { role: 'user', content: userText }], $llm_output: agentText, $session_id: `s${i % 100}` }
      : { $ai_input: [{ role: 'user', content: userText }], $ai_output_choices: [{ role: 'assistant', content: agentText }] };
  return { event: i % 2 === 0 ? 'llm-task' : '$ai_generation', uuid: `load-${i}`, distinct_id: `d${i % 1000}`, properties };
}

const rssMb = (): number => process.memoryUsage().rss / 2 ** 20;

/** Pushes `events` events through the suite's processEvent with `concurrency` in flight, as an ingestion worker would. */
export async function runIngestionLoad(options: IngestionLoadOptions): Promise<IngestionLoadReport> {
  const models = buildFixtureModels(options.fixtureDir);
  const meta = {
    config: { emotionModelDir: models.emotion, toxicityModelDir: models.toxicity, flowUserModelDir: models['user-flow'], flowAgentModelDir: models['agent-flow'], cacheSize: String(options.cacheSize) },
    global: {} as Record<string, unknown>,
  };
  await suite.setupPlugin(meta);
  const warmUp = Math.min(2000, options.events);
  for (let i = 0; i < warmUp; i++) await suite.processEvent(loadEvent(options.events + i), meta);
  global.gc?.();
  const rssBeforeMb = rssMb();

  let next = 0;
  let returned = 0;
  let labeled = 0;
  let largestQueue = 0;
  let largestCache = 0;
  const started = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (next < options.events) {
      const labeledEvent = await suite.processEvent(loadEvent(next++), meta);
      returned++;
      if (labeledEvent.properties?.user_emotion !== undefined && labeledEvent.properties?.agent_flow !== undefined) labeled++;
      if (returned % 1000 === 0) {
        for (const stats of labelingStats(meta)) {
          largestQueue = Math.max(largestQueue, stats.queuedTexts);
          largestCache = Math.max(largestCache, stats.cachedResults);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  global.gc?.();
  const rssAfterMb = rssMb();
  await suite.teardownPlugin(meta);
  return { events: options.events, returned, labeled, seconds, eventsPerSecond: options.events / seconds, rssBeforeMb, rssAfterMb, largestQueue, largestCache };
}
