import type { PostHog, PostHogOptions } from 'posthog-node';
import type { ProviderReply } from './loopback/mock-provider';

/** The texts a reader must find in one recorded event; a side left out must get no text. */
export interface ExpectedTexts {
  userText?: string;
  agentText?: string;
}

export interface ExpectedEvent extends ExpectedTexts {
  event: string;
}

export interface ScenarioContext {
  /** The mock provider API, e.g. `http://127.0.0.1:PORT` (append `/v1` for OpenAI). */
  providerUrl: string;
  posthog: PostHog;
}

/** One conversation: the calls an app makes through a wrapper, the provider's answers, and the events it must give. */
export interface Scenario {
  name: string;
  replies: ProviderReply[];
  run(context: ScenarioContext): Promise<void>;
  /** In capture order. */
  expected: ExpectedEvent[];
  posthogOptions?: PostHogOptions;
}

/** Everything recorded from one producer, written to one fixture file. */
export interface ProducerScenarios {
  producer: string;
  description: string;
  /** npm packages whose installed versions made the recording. */
  packages: string[];
  scenarios: Scenario[];
}

/** Reads a streamed reply to its end, as an app showing it would. */
export async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream);
}
