export type Side = 'user' | 'agent';
export const SIDES: readonly Side[] = ['user', 'agent'];

/** A model setting of a classifier and the sides of the conversation it labels. */
export interface ModelSlot {
  /** Setting key (`modelDir`; flow has `userModelDir` and `agentModelDir`). */
  settingKey: string;
  settingName: string;
  sides: readonly Side[];
  /** Folder used when the setting is blank, relative to the package folder. */
  defaultDir: string;
}

/** Everything that makes one plugin what it is; the shared factory does the rest. */
export interface ClassifierSpec {
  /** `emotion`, `toxicity`, `flow`: also the prefix of this classifier's settings in the suite plugin. */
  name: string;
  displayName: string;
  /** Stem of the written properties: `emotion` gives `user_emotion`, `user_emotion_score`. */
  propertyStem: string;
  /** Stem of the optional list of every passing label: `emotions` gives `user_emotions`. */
  listPropertyStem: string;
  fallbackLabel: string;
  ignoredLabels: readonly string[];
  scoreRule: 'label' | 'max';
  /** Threshold for labels the model has no tuned threshold for, when the user sets none. */
  defaultThreshold: number;
  models: readonly ModelSlot[];
}
