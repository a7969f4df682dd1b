import { createClassifierPlugin } from './shared';
import { emotionSpec } from './plugins/emotion';
import { flowSpec } from './plugins/flow';
import { toxicitySpec } from './plugins/toxicity';

/** The whole suite as one plugin: emotion, toxicity and flow, each with an on/off setting. */
export const suiteSpecs = [emotionSpec, toxicitySpec, flowSpec];

export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: suiteSpecs, suite: true });
