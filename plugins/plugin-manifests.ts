import { type ClassifierSpec, type PluginJsonHeader, type PluginJsonSetting, pluginJsonFor } from '../shared';
import { CLASSIFIER_SPECS } from './classifier-specs';

export interface PluginManifest {
  /** Relative to the package folder, with `/` separators. */
  path: string;
  json: PluginJsonHeader & { config: PluginJsonSetting[] };
  /** The classifier of a single-classifier plugin; undefined for the suite. */
  spec?: ClassifierSpec;
}

function suiteDescription(specs: readonly ClassifierSpec[]): string {
  const names = specs.map((spec) => spec.displayName.toLowerCase());
  const properties = specs.map((spec) => `user_${spec.propertyStem}`);
  return `Labels LLM conversation events with ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} at ingestion (${properties.join(', ')}, agent_* ...).`;
}

/** Every plugin.json of the repository, generated from the classifier specs so that settings are declared once. */
export function pluginManifests(): PluginManifest[] {
  return [
    { path: 'plugin.json', json: pluginJsonFor({ name: 'LLM conversation classifiers', description: suiteDescription(CLASSIFIER_SPECS), main: 'index.ts' }, CLASSIFIER_SPECS, true) },
    ...CLASSIFIER_SPECS.map((spec) => ({
      path: `plugins/${spec.name}/plugin.json`,
      json: pluginJsonFor({ name: `LLM ${spec.displayName.toLowerCase()} classifier`, description: spec.description, main: 'index.ts' }, [spec], false),
      spec,
    })),
  ];
}
