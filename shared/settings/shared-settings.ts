import { EXECUTION_PROVIDERS } from '../model/execution-provider';
import type { ChoiceSetting, IntegerSetting, TextSetting, YesNoSetting } from './setting';

export const SIDE_CHOICES = ['both', 'user', 'agent'] as const;
export type SideChoice = (typeof SIDE_CHOICES)[number];

/** The settings every classifier of a plugin shares, with their defaults and ranges: the only place either is written. */
export const SHARED_SETTINGS = {
  classifySides: {
    key: 'classifySides', name: 'Which side to classify', type: 'choice', choices: SIDE_CHOICES, default: 'both', perRequest: true,
    hint: 'user: the last user message; agent: the assistant output; both.',
    flag: { name: 'sides', valueName: 'both|user|agent', help: 'which side of the conversation to label' },
  } satisfies ChoiceSetting<(typeof SIDE_CHOICES)[number]>,
  eventNames: {
    key: 'eventNames', name: 'Events to label', type: 'text', default: 'llm-*,$ai_generation', perRequest: true,
    hint: 'Comma-separated event names; a trailing * matches a prefix (llm-* matches llm-task). $ai_trace, $ai_span and $ai_embedding may be added.',
    flag: { name: 'event-names', valueName: 'LIST', help: 'event names to label; a trailing * matches a prefix' },
  } satisfies TextSetting,
  executionProvider: {
    key: 'executionProvider', name: 'Execution provider', type: 'choice', choices: EXECUTION_PROVIDERS, default: 'cpu', perRequest: false,
    hint: 'cuda or auto try the GPU and fall back to CPU with one warning when CUDA cannot load.',
    flag: { name: 'execution-provider', valueName: 'cpu|cuda|auto', help: 'onnxruntime execution provider' },
  } satisfies ChoiceSetting<(typeof EXECUTION_PROVIDERS)[number]>,
  maxTokens: {
    key: 'maxTokens', name: 'Max tokens per text', type: 'integer', min: 1, max: 512, default: 256, perRequest: false,
    hint: 'Longer texts are cut to this many tokens (never more than the model accepts).',
    flag: { name: 'max-tokens', valueName: 'N', help: 'cut texts to N tokens' },
  } satisfies IntegerSetting,
  writeScores: {
    key: 'writeScores', name: 'Write scores', type: 'yesNo', default: true, perRequest: true,
    hint: 'Also write the score property (user_emotion_score, agent_flow_score, ...): the probability of the written label; for toxicity the highest toxic probability.',
    flag: { name: 'no-scores', sets: 'no', help: 'do not write the *_score properties' },
  } satisfies YesNoSetting,
  overwriteLabels: {
    key: 'overwriteLabels', name: 'Overwrite existing labels', type: 'yesNo', default: false, perRequest: true,
    hint: 'no: an event that already has a label property keeps it.',
    flag: { name: 'overwrite', sets: 'yes', help: 'replace label properties an event already has' },
  } satisfies YesNoSetting,
  languageGate: {
    key: 'languageGate', name: 'Skip text in languages a model does not know', type: 'yesNo', default: true, perRequest: true,
    hint: 'yes: a model whose config.json lists its languages ("languages": ["en"]) writes no label for text confidently detected in another language (the other models still label it). Short or ambiguous text (a few words, code, numbers, emoji) is always labeled; a model without that list is never skipped.',
    flag: { name: 'no-language-gate', sets: 'no', help: 'label text in every language, also ones a model does not declare' },
  } satisfies YesNoSetting,
  writeLanguage: {
    key: 'writeLanguage', name: 'Write the detected language', type: 'yesNo', default: false, perRequest: true,
    hint: 'Also write user_language / agent_language: the ISO 639-1 code (en, pt, ...) of the text when it is detected with confidence; nothing for short or ambiguous text.',
    flag: { name: 'write-language', sets: 'yes', help: 'write user_language / agent_language (ISO 639-1)' },
  } satisfies YesNoSetting,
  timeoutMs: {
    key: 'timeoutMs', name: 'Time budget per event (ms)', type: 'integer', min: 1, max: 600_000, default: 10_000, perRequest: true,
    hint: 'An event not labeled within this many milliseconds passes through unlabeled.',
    flag: { name: 'timeout-ms', valueName: 'MS', help: 'time budget per event; later it passes through unlabeled' },
  } satisfies IntegerSetting,
  maxBatchSize: {
    key: 'maxBatchSize', name: 'Max texts per model run', type: 'integer', min: 1, max: 1024, default: 64, perRequest: false,
    hint: 'Upper bound of a micro-batch.',
    flag: { name: 'max-batch-size', valueName: 'N', help: 'most texts per model run' },
  } satisfies IntegerSetting,
  maxBatchTokens: {
    key: 'maxBatchTokens', name: 'Max padded tokens per model run', type: 'integer', min: 16, max: 1_000_000, default: 512, perRequest: false,
    hint: 'A batch holds at most this many tokens after padding (texts x longest text): long texts form small batches, short texts large ones. See the benchmark in the README.',
    flag: { name: 'max-batch-tokens', valueName: 'N', help: 'most padded tokens (texts x longest) per model run' },
  } satisfies IntegerSetting,
  batchWaitMs: {
    key: 'batchWaitMs', name: 'Batch wait (ms)', type: 'integer', min: 0, max: 1000, default: 3, perRequest: false,
    hint: 'How long an idle model waits to gather a batch.',
    flag: { name: 'batch-wait-ms', valueName: 'MS', help: 'how long an idle model waits to fill a batch' },
  } satisfies IntegerSetting,
  maxQueuedTexts: {
    key: 'maxQueuedTexts', name: 'Max texts waiting per model', type: 'integer', min: 1, max: 1_000_000, default: 4096, perRequest: false,
    hint: 'Backpressure: past this many texts waiting for a model, new texts are refused at once and their events pass through without that label.',
    flag: { name: 'max-queued-texts', valueName: 'N', help: 'texts waiting per model before new ones pass through unlabeled' },
  } satisfies IntegerSetting,
  cacheSize: {
    key: 'cacheSize', name: 'Result cache entries per model', type: 'integer', min: 0, max: 10_000_000, default: 10_000, perRequest: false,
    hint: 'Recent results kept by text digest; repeated texts skip the model. 0 turns the cache off.',
    flag: { name: 'cache-size', valueName: 'N', help: 'results remembered per model by text digest; 0 turns it off' },
  } satisfies IntegerSetting,
};
