import { join } from 'node:path';
import { pluginJsonFor } from '../shared';
import { suiteSpecs } from '../index';
import { emotionSpec } from './emotion';
import { flowSpec } from './flow';
import { toxicitySpec } from './toxicity';

export interface PluginManifest {
  /** Relative to the package folder. */
  path: string;
  json: object;
}

/** Every plugin.json of the repository, generated from the classifier specs so that settings are declared once. */
export function pluginManifests(): PluginManifest[] {
  const single = (folder: string, name: string, description: string, spec: typeof emotionSpec): PluginManifest => ({
    path: join('plugins', folder, 'plugin.json'),
    json: pluginJsonFor({ name, description, main: 'index.ts' }, [spec], false),
  });
  return [
    {
      path: 'plugin.json',
      json: pluginJsonFor({ name: 'LLM conversation classifiers', description: 'Labels LLM conversation events with emotion, toxicity and conversational flow at ingestion (user_emotion, user_toxicity, user_flow, agent_* ...).', main: 'index.ts' }, suiteSpecs, true),
    },
    single('emotion', 'LLM emotion classifier', 'Labels the user and assistant text of LLM events with one of 28 GoEmotions emotions (user_emotion, agent_emotion).', emotionSpec),
    single('toxicity', 'LLM toxicity classifier', 'Labels the user and assistant text of LLM events as toxic or non_toxic (user_toxicity, agent_toxicity).', toxicitySpec),
    single('flow', 'LLM conversational flow classifier', 'Labels what a user turn does (thanks, asks for more, says the answer is wrong...) and what an assistant turn does (apologises, refuses...) (user_flow, agent_flow).', flowSpec),
  ];
}
