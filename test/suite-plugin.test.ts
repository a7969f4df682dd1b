import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as suite from '../index';
import { generatedPluginFiles } from '../plugins/plugin-files';
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
      user_toxicity: 'toxic',
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
    expect(labeled.properties?.user_toxicity).toBe('toxic');
    expect(Object.keys(labeled.properties ?? {}).filter((key) => /emotion|flow/.test(key))).toEqual([]);
  });

  it('labels only the sides each classifier is set to, within classifySides', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, toxicitySides: 'user', flowSides: 'agent' });
    await suite.setupPlugin(meta);
    const labeled = await suite.processEvent(llmEvent('happy idiot, that is wrong', 'sorry, you idiot'), meta);
    const narrowed = pluginMeta({ ...FIXTURE_SETTINGS.suite, classifySides: 'user', emotionSides: 'agent' });
    await suite.setupPlugin(narrowed);
    const userOnly = await suite.processEvent(llmEvent('happy idiot, that is wrong', 'sorry, you idiot'), narrowed);
    await suite.teardownPlugin(meta);
    await suite.teardownPlugin(narrowed);
    expect(labeled.properties).toMatchObject({ user_emotion: 'joy', agent_emotion: 'neutral', user_toxicity: 'toxic', agent_flow: 'agent_apology_error_mistake' });
    expect(labeled.properties).not.toHaveProperty('agent_toxicity');
    expect(labeled.properties).not.toHaveProperty('user_flow');
    expect(userOnly.properties).toMatchObject({ user_toxicity: 'toxic', user_flow: 'model_wrong_or_try_again' });
    expect(Object.keys(userOnly.properties ?? {}).filter((key) => key.startsWith('agent_') || key.includes('emotion'))).toEqual([]);
  });

  it('applies each classifier\'s own threshold', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.suite, emotionThreshold: '0.5', toxicityThreshold: '0.35' });
    await suite.setupPlugin(meta);
    const labeled = await suite.processEvent(llmEvent('pleased but dumb', ''), meta);
    await suite.teardownPlugin(meta);
    expect(labeled.properties).toMatchObject({ user_emotion: 'neutral', user_toxicity: 'toxic' });
  });
});

describe('files generated from the specs', () => {
  it.each(generatedPluginFiles().map((file) => [file.path, file.content]))('%s matches the specs (run `npm run plugin-json` after changing settings)', (path, content) => {
    expect(readFileSync(join(__dirname, '..', path), 'utf8')).toBe(content);
  });

  it('declares every setting PostHog needs to render it, with string defaults', () => {
    for (const { json } of pluginManifests()) {
      const { config, main, name } = json;
      expect(name).toBeTruthy();
      expect(main).toBe('index.ts');
      for (const setting of config) {
        expect(setting).toEqual(expect.objectContaining({ key: expect.any(String), name: expect.any(String), type: expect.stringMatching(/^(string|choice)$/), default: expect.any(String), hint: expect.any(String), required: false }));
        if (setting.type === 'choice') expect(setting.choices).toContain(setting.default);
      }
    }
  });
});
