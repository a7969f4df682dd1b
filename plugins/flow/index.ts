import { createClassifierPlugin } from '../../shared';
import { flowSpec } from './spec';

export { flowSpec };
export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: [flowSpec] });
