import * as toxicity from '../plugins/toxicity';
import { llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS } from './helpers/fixture-models';

describe('execution provider', () => {
  it('a CUDA request falls back to CPU on a machine without CUDA, with one warning, and still labels', async () => {
    const warnings: string[] = [];
    const warn = jest.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
    try {
      const metas = [pluginMeta({ ...FIXTURE_SETTINGS.toxicity, executionProvider: 'cuda' }), pluginMeta({ ...FIXTURE_SETTINGS.toxicity, executionProvider: 'auto', maxTokens: '128' })];
      for (const meta of metas) await toxicity.setupPlugin(meta);
      const labeled = await toxicity.processEvent(llmEvent('you idiot', 'fine'), metas[0]);
      for (const meta of metas) await toxicity.teardownPlugin(meta);
      expect(labeled.properties?.user_toxicity).toBe('toxic');
      const fallbackWarnings = warnings.filter((message) => message.includes('CUDA provider could not load'));
      expect(fallbackWarnings).toHaveLength(1);
      expect(fallbackWarnings[0]).toContain('running on CPU');
    } finally {
      warn.mockRestore();
    }
  });
});
