import { createClassifierPlugin } from '../../shared';
import { topicSpec } from './spec';

export { topicSpec };
export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: [topicSpec] });
