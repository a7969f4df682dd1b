import { suiteSpecs } from '../index';
import { pluginManifests } from '../plugins/plugin-manifests';
import { type ClassifierSpec, propertyNames } from '../shared';
import { DEFAULT_EVENT_NAMES, type SettingDefinition, prefixedKey, sharedSettingDefinitions } from '../shared/settings/setting-definitions';
import { REQUEST_SETTING_KEYS } from '../server/suite-settings';
import type { RemotePluginBuild } from './remote-plugin-template';
import { DEFAULT_SERVER_TIMEOUT_MS, MAX_SERVER_TIMEOUT_MS, type RemoteSettingDefinition, remoteSettingDefinitions } from './remote-settings';

/** One sandbox plugin to emit: its folder, its plugin.json and what its main file needs to know. */
export interface RemotePluginOutput {
  folder: string;
  pluginJson: { name: string; description: string; main: string; config: RemoteSettingDefinition[] };
  build: RemotePluginBuild;
}

const SHARED_KEYS = new Set(sharedSettingDefinitions().map((definition) => definition.key));
// Requests carry a time budget derived from serverTimeoutMs, so the plugin's own timeoutMs would only confuse.
const SENT_KEYS = new Set(REQUEST_SETTING_KEYS.filter((key) => key !== 'timeoutMs'));

/** The suite key a plugin's setting maps to: classifier settings of a single plugin get the classifier's prefix. */
function suiteKeyOf(key: string, single: ClassifierSpec | undefined): string {
  return single === undefined || SHARED_KEYS.has(key) ? key : prefixedKey(single.name, key);
}

function labelProperties(specs: readonly ClassifierSpec[]): string[] {
  return specs.flatMap((spec) => (['user', 'agent'] as const).flatMap((side) => Object.values(propertyNames(spec, side))));
}

function outputFor(folder: string, manifest: { name: string; description: string; config: SettingDefinition[] }, single: ClassifierSpec | undefined): RemotePluginOutput {
  const specs = single === undefined ? suiteSpecs : [single];
  // Settings the server owns (model folders, provider, batching) are left out: the sandbox cannot choose them.
  const config = manifest.config.filter((definition) => SENT_KEYS.has(suiteKeyOf(definition.key, single)));
  const fixedSettings = single === undefined ? {} : Object.fromEntries(suiteSpecs.map((spec) => [prefixedKey(spec.name, 'enabled'), spec === single ? 'yes' : 'no']));
  return {
    folder,
    pluginJson: {
      name: `${manifest.name} (remote)`,
      description: `${manifest.description} The models run on an \`npx llm-classify serve\` server; this plugin calls it with fetch.`,
      main: 'index.ts',
      config: [...remoteSettingDefinitions(), ...config],
    },
    build: {
      plugin: folder,
      settingKeys: Object.fromEntries(config.map((definition) => [definition.key, suiteKeyOf(definition.key, single)])),
      fixedSettings,
      labelProperties: labelProperties(specs),
      defaultEventNames: DEFAULT_EVENT_NAMES,
      defaultTimeoutMs: DEFAULT_SERVER_TIMEOUT_MS,
      maxTimeoutMs: MAX_SERVER_TIMEOUT_MS,
    },
  };
}

/** Every sandbox plugin: the suite and one per classifier, built from the same manifests as the in-process plugins. */
export function remotePluginOutputs(): RemotePluginOutput[] {
  return pluginManifests().map(({ path, json }) => {
    const manifest = json as { name: string; description: string; config: SettingDefinition[] };
    if (path === 'plugin.json') return outputFor('suite', manifest, undefined);
    const spec = suiteSpecs.find((candidate) => path === `plugins/${candidate.name}/plugin.json` || path === `plugins\\${candidate.name}\\plugin.json`);
    if (spec === undefined) throw new Error(`plugin manifest ${path} matches no classifier spec (${suiteSpecs.map((candidate) => candidate.name).join(', ')}); update sandbox/remote-plugin-builds.ts`);
    return outputFor(spec.name, manifest, spec);
  });
}
