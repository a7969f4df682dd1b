import { join } from 'node:path';

/** Where jest's global setup builds the fixture models (see modelgen/fixtures). */
export const FIXTURE_MODELS_DIR = join(__dirname, '..', '..', '.fixtures', 'models');

export type FixtureFolder = 'emotion' | 'emotion-wordpiece' | 'toxicity' | 'toxicity-en' | 'user-flow' | 'agent-flow';
export const fixtureModel = (folder: FixtureFolder): string => join(FIXTURE_MODELS_DIR, folder);

/** Plugin settings that point every classifier at the fixture models. */
export const FIXTURE_SETTINGS = {
  emotion: { modelDir: fixtureModel('emotion') },
  toxicity: { modelDir: fixtureModel('toxicity') },
  flow: { userModelDir: fixtureModel('user-flow'), agentModelDir: fixtureModel('agent-flow') },
  suite: {
    emotionModelDir: fixtureModel('emotion'),
    toxicityModelDir: fixtureModel('toxicity'),
    flowUserModelDir: fixtureModel('user-flow'),
    flowAgentModelDir: fixtureModel('agent-flow'),
  },
};
