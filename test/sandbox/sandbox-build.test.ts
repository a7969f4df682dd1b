import { readdirSync, readFileSync } from 'node:fs';
import { pluginManifests } from '../../plugins/plugin-manifests';
import { readFileSync as readText } from 'node:fs';
import { join } from 'node:path';
import { CIRCUIT_BREAKER_DEFAULTS } from '../../sandbox/circuit-breaker';
import { inlinedModuleSource, inlinedModules, renderMainFile, readTemplateSource } from '../../sandbox/render-main-file';
import { remotePluginOutputs } from '../../sandbox/remote-plugin-builds';
import { SERVER_OWNED_KEYS } from '../../server';
import { transformLikePostHog } from '../../bench/posthog-vm/posthog-transforms';
import { readZip, sandboxBuild } from './sandbox-helpers';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { suiteToggles } from '../helpers/fixture-models';

describe('npm run build:sandbox', () => {
  it('emits the suite and each classifier as a folder with plugin.json and one main file, plus the same files zipped', () => {
    const built = sandboxBuild();
    expect(built.map((plugin) => plugin.plugin).sort()).toEqual([...CLASSIFIER_SPECS.map((spec) => spec.name), 'in-process', 'suite'].sort());
    for (const plugin of built) {
      expect(readdirSync(plugin.dir).sort()).toEqual(['index.ts', 'plugin.json']);
      const zipped = readZip(plugin.zipPath);
      // plugin.json first: PostHog reads the first entry to tell "files at the root" from "files in a folder".
      expect([...zipped.keys()]).toEqual(['plugin.json', 'index.ts']);
      expect(zipped.get('plugin.json')).toBe(readFileSync(`${plugin.dir}/plugin.json`, 'utf8'));
      expect(zipped.get('index.ts')).toBe(readFileSync(plugin.mainPath, 'utf8'));
      expect(JSON.parse(zipped.get('plugin.json') ?? '{}').main).toBe('index.ts');
    }
  });

  it('writes main files that import nothing and pass PostHog\'s Babel transform with an empty import whitelist', () => {
    for (const plugin of sandboxBuild().filter((candidate) => candidate.plugin !== 'in-process')) {
      const source = readFileSync(plugin.mainPath, 'utf8');
      expect(() => transformLikePostHog(source)).not.toThrow();
      expect(source).not.toMatch(/^\s*import\s/m);
      expect(source).not.toMatch(/\brequire\(/);
    }
  });

  it('would be refused by PostHog if it imported anything (the check the test above relies on)', () => {
    expect(() => transformLikePostHog("import * as ort from 'onnxruntime-node';\nexport const x = ort;")).toThrow("Cannot import 'onnxruntime-node'! This package is not provided by PostHog in plugins.");
  });

  it('declares the plugin\'s own settings (from the same specs), minus the server-owned ones, plus server URL, token and timeout', () => {
    const inProcess = new Map(pluginManifests().map(({ path, json }) => [path === 'plugin.json' ? 'suite' : path.split(/[\\/]/)[1], json as { config: Array<{ key: string }> }]));
    for (const output of remotePluginOutputs()) {
      const { config } = output.pluginJson;
      expect(config.slice(0, 3).map((setting) => setting.key)).toEqual(['serverUrl', 'serverToken', 'serverTimeoutMs']);
      expect(config.find((setting) => setting.key === 'serverToken')?.secret).toBe(true);
      expect(config.find((setting) => setting.key === 'serverUrl')?.required).toBe(true);
      const own = inProcess.get(output.folder)?.config ?? [];
      for (const setting of config.slice(3)) expect(own).toContainEqual(setting);
      const keys = config.map((setting) => setting.key);
      expect(keys.some((key) => /ModelDir$|^modelDir$|executionProvider|maxBatchSize|cacheSize|timeoutMs$/.test(key) && key !== 'serverTimeoutMs')).toBe(false);
      for (const suiteKey of Object.values(output.build.settingKeys)) expect(SERVER_OWNED_KEYS.has(suiteKey)).toBe(false);
    }
  });

  it('turns the other classifiers off in a single-classifier plugin and maps its keys to the suite\'s', () => {
    const emotion = remotePluginOutputs().find((output) => output.folder === 'emotion');
    expect(emotion?.build.fixedSettings).toEqual(suiteToggles(['emotion']));
    expect(emotion?.build.settingKeys).toMatchObject({ threshold: 'emotionThreshold', writeLabelList: 'emotionWriteLabelList', eventNames: 'eventNames' });
    expect(emotion?.build.labelProperties).toEqual(['user_emotion', 'user_emotion_score', 'user_emotions', 'agent_emotion', 'agent_emotion_score', 'agent_emotions', 'user_language', 'agent_language']);
  });

  it('inlines the core modules it uses (circuit breaker, whole numbers, event names) into every remote main file, so there is one source and nothing to import', () => {
    const modules = inlinedModules();
    expect(modules).toEqual(['sandbox/circuit-breaker.ts', 'shared/quoted.ts', 'shared/settings/whole-number.ts', 'shared/text/event-name-patterns.ts']);
    const breakerSource = readText(join(__dirname, '..', '..', 'sandbox', 'circuit-breaker.ts'), 'utf8');
    for (const output of remotePluginOutputs()) {
      const main = renderMainFile(output.build);
      for (const path of modules) expect(main).toContain(inlinedModuleSource(readText(join(__dirname, '..', '..', path), 'utf8')));
      expect(main).toContain('function parseWholeNumber(');
      expect(main).toContain('class CircuitBreaker {');
      expect(main).not.toMatch(/^export (class|interface|const) (CircuitBreaker|CIRCUIT_BREAKER_DEFAULTS)/m);
      expect(main).not.toMatch(/^import /m);
      expect(output.build.breaker).toEqual(CIRCUIT_BREAKER_DEFAULTS);
    }
    const breakerImporting = (line: string) => (path: string) => (path.endsWith('circuit-breaker.ts') ? `${line}\n${breakerSource}` : readText(join(__dirname, '..', '..', path), 'utf8'));
    expect(() => renderMainFile(remotePluginOutputs()[0].build, undefined, breakerImporting("import { readFileSync } from 'node:fs';"))).toThrow("sandbox/circuit-breaker.ts: the sandbox build inlines only the core's own modules");
    expect(() => renderMainFile(remotePluginOutputs()[0].build, undefined, breakerImporting("import { CircuitBreaker } from './circuit-breaker';"))).toThrow('import cycle: sandbox/circuit-breaker.ts -> sandbox/circuit-breaker.ts');
  });

  it('stops the build when the template lost its BUILD marker line', () => {
    const broken = readTemplateSource().replace('// @build-replace', '');
    expect(() => renderMainFile(remotePluginOutputs()[0].build, broken)).toThrow('must have exactly one line "const BUILD: RemotePluginBuild = {...}; // @build-replace", found 0');
  });
});
