import { createClassifierPlugin } from '../../shared';
import { emotionSpec } from './spec';

export { emotionSpec };
export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: [emotionSpec] });
