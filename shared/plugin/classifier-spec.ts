import type { ProblemType } from '../model/model-folder';

export type Side = 'user' | 'agent';
export const SIDES: readonly Side[] = ['user', 'agent'];

/** Trigger word -> label -> the probability one occurrence gives that label, in the test-only fixture model of a slot. */
export type FixtureTriggers = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** A model setting of a classifier: which sides it labels, its default folder, and the label vocabulary of every model in it. */
export interface ModelSlot {
  /** `emotion`, `user-flow`: names the slot's CLI flag (`--user-flow-model`), fixture folder and model-manifest entries. */
  id: string;
  /** Setting key (`modelDir`; flow has `userModelDir` and `agentModelDir`). */
  settingKey: string;
  settingName: string;
  sides: readonly Side[];
  /** Folder used when the setting is blank, relative to the package folder. */
  defaultDir: string;
  /**
   * The reference model's labels in its id order. Every model this project ships or builds for the slot uses
   * only these names, so a dashboard filter keeps its meaning when a user switches models.
   */
  labels: readonly string[];
  problemType: ProblemType;
  /** The slot's test-only fixture model: its tokenizer family and trigger words. */
  fixture: { tokenizer: 'wordpiece' | 'bpe'; triggers: FixtureTriggers };
}

/** Everything that makes one classifier what it is; the shared factory, plugin.json, CLI, server and tests derive the rest. */
export interface ClassifierSpec {
  /** `emotion`, `toxicity`, `flow`: also the prefix of this classifier's settings in the suite plugin. */
  name: string;
  displayName: string;
  /** One sentence for plugin.json and the plugin's README: what it labels and with what. */
  description: string;
  /** Stem of the written properties: `emotion` gives `user_emotion`, `user_emotion_score`. */
  propertyStem: string;
  /** Stem of the optional list of every passing label: `emotions` gives `user_emotions`. */
  listPropertyStem: string;
  /** Written when no label passes its threshold. */
  fallbackLabel: string;
  /** Labels that never win over a real label (a model's own `neutral` / `OTHER` output). */
  ignoredLabels: readonly string[];
  /** `label`: the score is that of the written label; `max`: the highest probability of any label (toxicity). */
  scoreRule: 'label' | 'max';
  /** Threshold for labels the model has no tuned threshold for, when the user sets none. */
  defaultThreshold: number;
  /** Sides labeled unless a setting says otherwise (default: both). */
  defaultSides?: readonly Side[];
  models: readonly ModelSlot[];
}
