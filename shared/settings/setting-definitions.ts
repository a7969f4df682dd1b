import { EXECUTION_PROVIDERS } from '../model/execution-provider';
import type { ClassifierSpec } from '../plugin/classifier-spec';

/** One entry of a plugin.json `config` list, as PostHog's plugin UI reads it. */
export interface SettingDefinition {
  key: string;
  name: string;
  type: 'string' | 'choice';
  default: string;
  hint: string;
  required: boolean;
  choices?: string[];
}

export const SIDE_CHOICES = ['both', 'user', 'agent'] as const;
export const DEFAULT_EVENT_NAMES = 'llm-*,$ai_generation';

/** `threshold` in a single plugin, `emotionThreshold` in the suite. */
export function prefixedKey(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}${key[0].toUpperCase()}${key.slice(1)}`;
}

const yesNo = (key: string, name: string, fallback: 'yes' | 'no', hint: string): SettingDefinition => ({ key, name, type: 'choice', choices: ['yes', 'no'], default: fallback, hint, required: false });

/** Settings every classifier of a plugin shares. */
export function sharedSettingDefinitions(): SettingDefinition[] {
  return [
    { key: 'classifySides', name: 'Which side to classify', type: 'choice', choices: [...SIDE_CHOICES], default: 'both', hint: 'user: the last user message; agent: the assistant output; both.', required: false },
    { key: 'eventNames', name: 'Events to label', type: 'string', default: DEFAULT_EVENT_NAMES, hint: 'Comma-separated event names; a trailing * matches a prefix (llm-* matches llm-task).', required: false },
    { key: 'executionProvider', name: 'Execution provider', type: 'choice', choices: [...EXECUTION_PROVIDERS], default: 'cpu', hint: 'cuda or auto try the GPU and fall back to CPU with one warning when CUDA cannot load.', required: false },
    { key: 'maxTokens', name: 'Max tokens per text', type: 'string', default: '256', hint: 'Longer texts are cut to this many tokens (1 to 512).', required: false },
    yesNo('writeScores', 'Write scores', 'yes', 'Also write the score property (user_emotion_score, agent_flow_score, ...): the probability of the written label; for toxicity the highest toxic probability.'),
    yesNo('overwriteLabels', 'Overwrite existing labels', 'no', 'no: an event that already has a label property keeps it.'),
    { key: 'timeoutMs', name: 'Time budget per event (ms)', type: 'string', default: '10000', hint: 'An event not labeled within this many milliseconds passes through unlabeled.', required: false },
    { key: 'maxBatchSize', name: 'Max texts per model run', type: 'string', default: '64', hint: 'Upper bound of a micro-batch (1 to 1024).', required: false },
    { key: 'maxBatchTokens', name: 'Max padded tokens per model run', type: 'string', default: '512', hint: 'A batch holds at most this many tokens after padding (texts x longest text): long texts form small batches, short texts large ones (16 to 1000000). See the benchmark in the README.', required: false },
    { key: 'batchWaitMs', name: 'Batch wait (ms)', type: 'string', default: '3', hint: 'How long an idle model waits to gather a batch (0 to 1000).', required: false },
    { key: 'maxQueuedTexts', name: 'Max texts waiting per model', type: 'string', default: '4096', hint: 'Backpressure: past this many texts waiting for a model, new texts are refused at once and their events pass through without that label (1 to 1000000).', required: false },
    { key: 'cacheSize', name: 'Result cache entries per model', type: 'string', default: '10000', hint: 'Recent results kept by text digest; repeated texts skip the model. 0 turns the cache off.', required: false },
  ];
}

/** Settings of one classifier; `prefix` is '' in its own plugin and its name in the suite. */
export function classifierSettingDefinitions(spec: ClassifierSpec, prefix: string): SettingDefinition[] {
  const title = prefix === '' ? '' : `${spec.displayName}: `;
  return [
    {
      key: prefixedKey(prefix, 'threshold'),
      name: `${title}Threshold`,
      type: 'string',
      default: '',
      hint: `A number from 0 to 1 applied to every label. Blank: the model's own tuned thresholds (config.json label_thresholds), else ${spec.defaultThreshold}. Below it, ${spec.fallbackLabel} is written.`,
      required: false,
    },
    ...spec.models.map((slot) => ({
      key: prefixedKey(prefix, slot.settingKey),
      name: `${title}${slot.settingName}`,
      type: 'string' as const,
      default: slot.defaultDir,
      hint: 'Hugging Face model folder (config.json, tokenizer.json, ONNX), absolute or relative to the posthog-llm-classifiers package folder. See `npx llm-classify models list`.',
      required: false,
    })),
    yesNo(prefixedKey(prefix, 'writeLabelList'), `${title}Write all passing labels`, 'no', `Also write <side>_${spec.listPropertyStem}: every label over the threshold, highest first.`),
  ];
}

export function enabledToggleDefinition(spec: ClassifierSpec): SettingDefinition {
  return yesNo(prefixedKey(spec.name, 'enabled'), `Label ${spec.displayName.toLowerCase()}`, 'yes', `Run the ${spec.name} classifier.`);
}
