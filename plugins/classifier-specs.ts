import type { ClassifierSpec } from '../shared';
import { emotionSpec } from './emotion/spec';
import { flowSpec } from './flow/spec';
import { topicSpec } from './topic/spec';
import { toxicitySpec } from './toxicity/spec';

/** Every classifier of the suite, in the order of its settings and of the demo's columns. A new classifier is one more line here. */
export const CLASSIFIER_SPECS: readonly ClassifierSpec[] = [emotionSpec, toxicitySpec, flowSpec, topicSpec];
