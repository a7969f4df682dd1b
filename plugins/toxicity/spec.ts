import type { ClassifierSpec } from '../../shared';

/** Jigsaw's toxicity labels, multi-label; the score is the highest toxic probability, `non_toxic` when none passes. */
export const toxicitySpec: ClassifierSpec = {
  name: 'toxicity',
  displayName: 'Toxicity',
  description: 'Labels the user and assistant text of LLM events with the highest Jigsaw toxicity label (toxic, insult, threat, ...) or non_toxic (user_toxicity, agent_toxicity).',
  propertyStem: 'toxicity',
  listPropertyStem: 'toxicity_labels',
  fallbackLabel: 'non_toxic',
  ignoredLabels: [],
  scoreRule: 'max',
  defaultThreshold: 0.5,
  models: [
    {
      id: 'toxicity',
      settingKey: 'modelDir',
      settingName: 'Model folder',
      sides: ['user', 'agent'],
      defaultDir: 'models/default-toxicity',
      // minuva/MiniLMv2-toxic-jigsaw-onnx config.json id2label (the lite model has the first two).
      labels: ['toxic', 'severe_toxic', 'obscene', 'threat', 'insult', 'identity_hate'],
      problemType: 'multi_label_classification',
      fixture: {
        tokenizer: 'wordpiece',
        triggers: {
          idiot: { toxic: 0.95, insult: 0.8 },
          stupid: { toxic: 0.7 },
          // Toxic but only just: 0.4, under the default threshold 0.5.
          dumb: { toxic: 0.4 },
          worthless: { toxic: 0.97, severe_toxic: 0.85 },
          crap: { toxic: 0.8, obscene: 0.9 },
          kill: { toxic: 0.85, threat: 0.95 },
          loser: { toxic: 0.9, insult: 0.95 },
          racist: { toxic: 0.9, identity_hate: 0.95 },
        },
      },
    },
  ],
};
