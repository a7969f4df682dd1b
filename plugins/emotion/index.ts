import { type ClassifierSpec, createClassifierPlugin } from '../../shared';

/** GoEmotions' 28 labels, multi-label; `neutral` is written when no emotion passes its threshold. */
export const emotionSpec: ClassifierSpec = {
  name: 'emotion',
  displayName: 'Emotion',
  propertyStem: 'emotion',
  listPropertyStem: 'emotions',
  fallbackLabel: 'neutral',
  ignoredLabels: ['neutral'],
  scoreRule: 'label',
  defaultThreshold: 0.3,
  models: [{ settingKey: 'modelDir', settingName: 'Model folder', sides: ['user', 'agent'], defaultDir: 'models/default-emotion' }],
};

export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: [emotionSpec] });
