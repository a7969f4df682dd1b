import { CLASSIFIER_SPECS } from '../plugins/classifier-specs';
import { type PluginManifest, pluginManifests } from '../plugins/plugin-manifests';
import { REQUEST_SETTING_KEYS } from '../server';
import { type ClassifierSpec, type PluginJsonSetting, SHARED_SETTINGS, SIDES, classifierSettingRows, languagePropertyName, pluginJsonSetting, prefixedKey, propertyNames } from '../shared';
import { CIRCUIT_BREAKER_DEFAULTS } from './circuit-breaker';
import type { RemotePluginBuild } from './remote-plugin-template';
import { REMOTE_SETTINGS } from './remote-settings';

/** One sandbox plugin to emit: its folder, its plugin.json and what its main file needs to know. */
export interface RemotePluginOutput {
  folder: string;
  pluginJson: { name: string; description: string; main: string; config: PluginJsonSetting[] };
  build: RemotePluginBuild;
}

const SHARED_KEYS = new Set(Object.values(SHARED_SETTINGS).map((setting) => setting.key));
// Requests carry a time budget derived from serverTimeoutMs, so the plugin's own timeoutMs would only confuse.
const SENT_KEYS = new Set(REQUEST_SETTING_KEYS.filter((key) => key !== SHARED_SETTINGS.timeoutMs.key));

/** The suite key a plugin's setting maps to: classifier settings of a single plugin get the classifier's prefix. */
function suiteKeyOf(key: string, single: ClassifierSpec | undefined): string {
  return single === undefined || SHARED_KEYS.has(key) ? key : prefixedKey(single.name, key);
}

/** What a reply may add: each classifier's label, score and list properties, and the detected language of each side. */
function labelProperties(specs: readonly ClassifierSpec[]): string[] {
  return [...specs.flatMap((spec) => SIDES.flatMap((side) => Object.values(propertyNames(spec, side)))), ...SIDES.map(languagePropertyName)];
}

function outputFor(folder: string, manifest: PluginManifest['json'], single: ClassifierSpec | undefined): RemotePluginOutput {
  const specs = single === undefined ? CLASSIFIER_SPECS : [single];
  // Settings the server owns (model folders, provider, batching) are left out: the sandbox cannot choose them.
  const config = manifest.config.filter((setting) => SENT_KEYS.has(suiteKeyOf(setting.key, single)));
  const fixedSettings = single === undefined ? {} : Object.fromEntries(CLASSIFIER_SPECS.flatMap((spec) => {
    const toggle = classifierSettingRows(spec, spec.name).enabled;
    return toggle ? [[toggle.key, spec === single ? 'yes' : 'no']] : [];
  }));
  return {
    folder,
    pluginJson: {
      name: `${manifest.name} (remote)`,
      description: `${manifest.description} The models run on an \`npx llm-classify serve\` server; this plugin calls it with fetch.`,
      main: 'index.ts',
      config: [...Object.values(REMOTE_SETTINGS).map(pluginJsonSetting), ...config],
    },
    build: {
      plugin: folder,
      settingKeys: Object.fromEntries(config.map((setting) => [setting.key, suiteKeyOf(setting.key, single)])),
      fixedSettings,
      labelProperties: labelProperties(specs),
      defaultEventNames: SHARED_SETTINGS.eventNames.default,
      defaultTimeoutMs: REMOTE_SETTINGS.serverTimeoutMs.default,
      maxTimeoutMs: REMOTE_SETTINGS.serverTimeoutMs.max,
      breaker: { ...CIRCUIT_BREAKER_DEFAULTS },
    },
  };
}

/** Every sandbox plugin: the suite and one per classifier, built from the same manifests as the in-process plugins. */
export function remotePluginOutputs(): RemotePluginOutput[] {
  return pluginManifests().map(({ json, spec }) => outputFor(spec === undefined ? 'suite' : spec.name, json, spec));
}
