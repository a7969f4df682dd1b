import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostHog } from 'posthog-node';
import { packageRoot } from '../shared';
import { startCaptureEndpoint } from './loopback/capture-endpoint';
import { startMockProvider } from './loopback/mock-provider';
import { normalizeRecording } from './normalize-recording';
import type { ExpectedTexts, ProducerScenarios } from './scenario';

/** One event of a fixture file: what posthog-node posted, and the texts the scenario says it carries. */
export interface RecordedEvent {
  scenario: string;
  expected: ExpectedTexts;
  route: string;
  event: string;
  properties: Record<string, unknown>;
}

export interface RecordedProducer {
  producer: string;
  description: string;
  recordedWith: Record<string, string>;
  recordedBy: string;
  events: RecordedEvent[];
}

export function installedVersion(packageName: string): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'node_modules', packageName, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Runs every scenario of a producer against a mock provider and a capture endpoint, both on 127.0.0.1. */
export async function recordProducer(producer: ProducerScenarios): Promise<RecordedProducer> {
  const provider = await startMockProvider();
  const capture = await startCaptureEndpoint();
  const events: RecordedEvent[] = [];
  try {
    for (const scenario of producer.scenarios) {
      const before = capture.events.length;
      provider.reply(...scenario.replies);
      const posthog = new PostHog('phc_corpus', { host: capture.url, flushAt: 1, flushInterval: 0, fetchRetryCount: 0, ...scenario.posthogOptions });
      await scenario.run({ providerUrl: provider.url, posthog });
      await posthog.shutdown();
      const captured = capture.events.slice(before);
      const where = `${producer.producer} / ${scenario.name}`;
      if (provider.pendingReplies() > 0) throw new Error(`${where}: ${provider.pendingReplies()} provider replies were never asked for`);
      const names = captured.map((event) => event.event).join(', ');
      if (names !== scenario.expected.map((event) => event.event).join(', ')) throw new Error(`${where}: captured [${names}], expected [${scenario.expected.map((event) => event.event).join(', ')}]`);
      captured.forEach(({ event, route, properties }, index) => {
        const { event: _, ...expected } = scenario.expected[index];
        events.push({ scenario: scenario.name, expected, route, event, properties });
      });
    }
    if (capture.unknownRoutes.length > 0) throw new Error(`${producer.producer}: posthog-node called routes the capture endpoint does not know: ${capture.unknownRoutes.join(', ')}`);
  } finally {
    await Promise.all([provider.close(), capture.close()]);
  }
  return {
    producer: producer.producer,
    description: producer.description,
    recordedWith: Object.fromEntries(producer.packages.map((name) => [name, installedVersion(name)])),
    recordedBy: 'npm run corpus:record',
    events: normalizeRecording(events.map((event) => ({ ...event }))),
  };
}
