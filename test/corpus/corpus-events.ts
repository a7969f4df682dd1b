import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginEvent } from '@posthog/plugin-scaffold';
import { FROM_SOURCE_PRODUCERS } from '../../corpus/from-source-producers';
import type { RecordedProducer } from '../../corpus/record-producer';
import type { ExpectedTexts } from '../../corpus/scenario';

export const RECORDED_DIR = join(__dirname, 'recorded');

/** One event of the conformance corpus, recorded from a real SDK or built from a producer's source. */
export interface CorpusEvent {
  producer: string;
  scenario: string;
  /** `producer / scenario #n`, unique in the corpus. */
  label: string;
  expected: ExpectedTexts;
  event: string;
  properties: Record<string, unknown>;
}

export function recordedFixtures(): RecordedProducer[] {
  return readdirSync(RECORDED_DIR).filter((name) => name.endsWith('.json')).sort().map((name) => JSON.parse(readFileSync(join(RECORDED_DIR, name), 'utf8')) as RecordedProducer);
}

function withLabels(producer: string, events: Array<Omit<CorpusEvent, 'producer' | 'label'>>): CorpusEvent[] {
  return events.map((event, index) => ({ ...event, producer, label: `${producer} / ${event.scenario} #${index}` }));
}

export function corpusEvents(): CorpusEvent[] {
  return [
    ...recordedFixtures().flatMap(({ producer, events }) => withLabels(producer, events)),
    ...FROM_SOURCE_PRODUCERS.flatMap(({ producer, events }) => withLabels(producer, events)),
  ];
}

/** The corpus event as PostHog hands it to a plugin. */
export function asPluginEvent(corpusEvent: CorpusEvent, index: number): PluginEvent {
  return {
    distinct_id: `corpus-${index}`, ip: null, site_url: 'http://localhost:8000', team_id: 1, now: '2026-11-23T12:00:00.000Z',
    event: corpusEvent.event, uuid: `0190-corpus-${index}`, properties: structuredClone(corpusEvent.properties),
  };
}
