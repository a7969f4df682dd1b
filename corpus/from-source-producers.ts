import type { BuiltProducer } from './from-source/built-event';
import { litellmEvents } from './from-source/litellm-events';
import { posthogLlmEvents } from './from-source/posthog-llm-events';
import { posthogPythonEvents } from './from-source/posthog-python-events';

/** Producers that cannot run here (Python), their events built as their source code builds them, sources cited per event. */
export const FROM_SOURCE_PRODUCERS: BuiltProducer[] = [litellmEvents, posthogPythonEvents, posthogLlmEvents];
