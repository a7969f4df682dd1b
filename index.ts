import { createClassifierPlugin } from './shared';
import { CLASSIFIER_SPECS } from './plugins/classifier-specs';

/** The whole suite as one plugin: every classifier, each with an on/off setting. */
export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: CLASSIFIER_SPECS, suite: true });
