import { createClassifierPlugin } from '../../shared';
import { toxicitySpec } from './spec';

export { toxicitySpec };
export const { setupPlugin, processEvent, teardownPlugin } = createClassifierPlugin({ specs: [toxicitySpec] });
