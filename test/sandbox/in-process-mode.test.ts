import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as suiteModule from '../../index';
import { IN_PROCESS_IMPORT } from '../../sandbox/in-process-main';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { loadPluginInVm } from '../../bench/posthog-vm/plugin-vm';
import { transformLikePostHog } from '../../bench/posthog-vm/posthog-transforms';
import { builtMain, sandboxBuild } from './sandbox-helpers';

describe('in-process mode on a PostHog plugin server', () => {
  it('cannot load the repository\'s plugin folders as they are: PostHog reads only the main file and refuses its imports', () => {
    for (const main of ['index.ts', 'plugins/emotion/index.ts']) {
      const source = readFileSync(join(__dirname, '..', '..', main), 'utf8');
      expect(() => transformLikePostHog(source)).toThrow(/Cannot import '\.{1,2}\/.*'! This package is not provided by PostHog in plugins\./);
    }
  });

  it('runs the suite in-process once the plugin server whitelists the package under one import', async () => {
    expect(sandboxBuild().some((plugin) => plugin.plugin === 'in-process')).toBe(true);
    const sandboxed = loadPluginInVm(builtMain('in-process'), { config: { ...FIXTURE_SETTINGS.suite, emotionThreshold: '0.5' }, availableImports: { [IN_PROCESS_IMPORT]: suiteModule } });
    await sandboxed.methods.setupPlugin?.();
    const events = [aiGenerationEvent(chat(['user', 'that is wrong, you idiot']), [{ role: 'assistant', content: 'I am sorry, that was sad' }]), llmEvent('pleased and happy', 'welcome')];
    const viaSandbox = await Promise.all(structuredClone(events).map((event) => sandboxed.methods.processEvent?.(event)));
    await sandboxed.methods.teardownPlugin?.();

    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, emotionThreshold: '0.5' });
    await suiteModule.setupPlugin(meta);
    const direct = await Promise.all(structuredClone(events).map((event) => suiteModule.processEvent(event, meta)));
    await suiteModule.teardownPlugin(meta);
    expect(viaSandbox).toEqual(direct);
    expect(viaSandbox[0].properties).toMatchObject({ user_toxicity: 'toxic', agent_flow: 'agent_apology_error_mistake' });
  });
});
