import { type ClassifierSpec, createClassifierPlugin } from '../../shared';

/** Conversational flow: a user-flow model for user turns, an agent-flow model for assistant turns, single-label; `OTHER` below the threshold. */
export const flowSpec: ClassifierSpec = {
  name: 'flow',
  displayName: 'Flow',
  propertyStem: 'flow',
  listPropertyStem: 'flows',
  fallbackLabel: 'OTHER',
  ignoredLabels: ['OTHER'],
  scoreRule: 'label',
  defaultThreshold: 0.3,
  models: [
    { settingKey: 'userModelDir', settingName: 'User-flow model folder', sides: ['user'], defaultDir: 'models/default-user-flow' },
    { settingKey: 'agentModelDir', settingName: 'Agent-flow model folder', sides: ['agent'], defaultDir: 'models/default-agent-flow' },
  ],
};

export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: [flowSpec] });
