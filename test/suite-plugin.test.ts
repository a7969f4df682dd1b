import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as suite from '../index';
import { pluginManifests } from '../plugins/plugin-manifests';
import { aiGenerationEvent, chat, llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS } from './helpers/fixture-models';

describe('the suite plugin (root plugin.json)', () => {
  it('writes emotion, toxicity and flow labels on both sides of one event', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite });
    await suite.setupPlugin(meta);
    const labeled = await suite.processEvent(aiGenerationEvent(chat(['user', 'that is wrong, you idiot']), [{ role: 'assistant', content: 'I am sorry, that was sad' }]), meta);
    await suite.teardownPlugin(meta);
    expect(labeled.properties).toMatchObject({
      user_emotion: 'neutral',
      user_toxicity: 'toxicity',
      user_flow: 'model_wrong_or_try_again',
      agent_emotion: 'sadness',
      agent_toxicity: 'non_toxic',
      agent_flow: 'agent_apology_error_mistake',
    });
  });

  it('runs only the classifiers turned on', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, emotionEnabled: 'no', flowEnabled: 'no' });
    await suite.setupPlugin(meta);
    const labeled = await suite.processEvent(llmEvent('happy idiot', 'thanks'), meta);
    await suite.teardownPlugin(meta);
    expect(labeled.properties?.user_toxicity).toBe('toxicity');
    expect(Object.keys(labeled.properties ?? {}).filter((key) => /emotion|flow/.test(key))).toEqual([]);
  });

  it('applies each classifier\'s own threshold', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, emotionThreshold: '0.5', toxicityThreshold: '0.35' });
    await suite.setupPlugin(meta);
    const labeled = await suite.processEvent(llmEvent('pleased but dumb', ''), meta);
    await suite.teardownPlugin(meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'neutral', user_toxicity: 'toxicity' });
  });
});

describe('plugin.json files', () => {
  it.each(pluginManifests().map((manifest) => [manifest.path, manifest.json]))('%s matches the specs (run `npm run plugin-json` after changing settings)', (path, json) => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', path as string), 'utf8'));
    expect(committed).toEqual(json);
  });

  it('declares every setting PostHog needs to render it, with string defaults', () => {
    for (const { json } of pluginManifests()) {
      const { config, main, name } = json as { config: Array<Record<string, unknown>>; main: string; name: string };
      expect(name).toBeTruthy();
      expect(main).toBe('index.ts');
      for (const setting of config) {
        expect(setting).toEqual(expect.objectContaining({ key: expect.any(String), name: expect.any(String), type: expect.stringMatching(/^(string|choice)$/), default: expect.any(String), hint: expect.any(String), required: false }));
        if (setting.type === 'choice') expect(setting.choices).toContain(setting.default);
      }
    }
  });
});
