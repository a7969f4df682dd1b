import { type ClassifierSpec, createClassifierPlugin } from '../../shared';

/** Jigsaw-style toxicity labels, multi-label; the score is the highest toxic probability, `non_toxic` when none passes. */
export const toxicitySpec: ClassifierSpec = {
  name: 'toxicity',
  displayName: 'Toxicity',
  propertyStem: 'toxicity',
  listPropertyStem: 'toxicity_labels',
  fallbackLabel: 'non_toxic',
  ignoredLabels: [],
  scoreRule: 'max',
  defaultThreshold: 0.5,
  models: [{ settingKey: 'modelDir', settingName: 'Model folder', sides: ['user', 'agent'], defaultDir: 'models/default-toxicity' }],
};

export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: [toxicitySpec] });
