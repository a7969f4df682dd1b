import type { ClassifierSpec } from '../../shared';

/** The topics, in the default model's id order. `writing`: requests to write or edit text (emails, stories, essays); `language`: translation and grammar. */
export const TOPIC_LABELS = [
  'coding', 'technology', 'math', 'science', 'health', 'food', 'business_finance', 'education', 'travel', 'entertainment',
  'relationships', 'politics', 'legal', 'humanities', 'language', 'writing', 'home_hobbies', 'shopping', 'small_talk', 'other',
] as const;

/** The topic of the user's request, single-label; `other` when no topic passes. No reference model was published: this vocabulary is the project's own. */
export const topicSpec: ClassifierSpec = {
  name: 'topic',
  displayName: 'Topic',
  description: 'Labels the topic of the user\'s request to an LLM (coding, math, writing, health, ...) (user_topic; agent_topic when the assistant side is turned on).',
  propertyStem: 'topic',
  listPropertyStem: 'topics',
  fallbackLabel: 'other',
  ignoredLabels: ['other'],
  scoreRule: 'label',
  defaultThreshold: 0.3,
  defaultSides: ['user'],
  models: [
    {
      id: 'topic',
      settingKey: 'modelDir',
      settingName: 'Model folder',
      sides: ['user', 'agent'],
      defaultDir: 'models/default-topic',
      labels: TOPIC_LABELS,
      problemType: 'single_label_classification',
      fixture: {
        tokenizer: 'wordpiece',
        triggers: {
          python: { coding: 0.95 },
          laptop: { technology: 0.95 },
          equation: { math: 0.95 },
          physics: { science: 0.95 },
          doctor: { health: 0.95 },
          recipe: { food: 0.95 },
          stocks: { business_finance: 0.95 },
          homework: { education: 0.95 },
          flight: { travel: 0.95 },
          movie: { entertainment: 0.95 },
          girlfriend: { relationships: 0.95 },
          election: { politics: 0.95 },
          lawyer: { legal: 0.95 },
          history: { humanities: 0.95 },
          translate: { language: 0.95 },
          essay: { writing: 0.95 },
          garden: { home_hobbies: 0.95 },
          buy: { shopping: 0.95 },
          hello: { small_talk: 0.95 },
        },
      },
    },
  ],
};
