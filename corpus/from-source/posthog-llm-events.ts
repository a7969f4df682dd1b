import { SAID } from '../conversation-texts';
import type { BuiltProducer, SourceCitation } from './built-event';

// PostHog-LLM's own events: `llm-task` with `$llm_input` and `$llm_output`, sent with posthog-python's capture.

const UPLOAD: SourceCitation = { repository: 'postlang/posthog-llm', file: 'demo_upload/upload_data.py', commit: '02fb559a8e2464a32100a039da697321a7f34698' };
const CHATML: SourceCitation = { repository: 'AndrMoura/posthog-llm-examples', file: 'examples/upload_dataset_chatml.py', commit: 'a356ce6ebd76188976b6f24c5f52d1a909339202' };

export const posthogLlmEvents: BuiltProducer = {
  producer: 'posthog-llm',
  description: "PostHog-LLM's llm-* events",
  events: [
    {
      scenario: 'one turn as strings', expected: { userText: SAID.user, agentText: SAID.assistant }, event: 'llm-task',
      properties: { $llm_input: SAID.user, $llm_output: SAID.assistant, $session_id: 'session-1', browser_type: 'Chrome' }, builtFrom: [UPLOAD],
    },
    {
      scenario: 'the conversation so far as ChatML', expected: { userText: SAID.user, agentText: SAID.assistant }, event: 'llm-task',
      properties: { $llm_input: [{ role: 'user', content: SAID.earlierUser }, { role: 'assistant', content: SAID.earlierAssistant }, { role: 'user', content: SAID.user }], $llm_output: SAID.assistant, model: 'gpt-4' }, builtFrom: [CHATML],
    },
  ],
};
