import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../shared';
import { CLASSIFIER_SPECS } from './classifier-specs';
import { pluginManifests } from './plugin-manifests';
import { type SlotReferenceModel, pluginReadme } from './plugin-readme';
import { PROXY_OPTIONS_TABLE_END, PROXY_OPTIONS_TABLE_START, proxyOptionsTableMarkdown } from './proxy-options-docs';
import { PROPERTIES_TABLE_END, PROPERTIES_TABLE_START, propertiesTableMarkdown } from './properties-docs';
import { withGeneratedBlock, withSettingsTable } from './settings-docs';

const withPropertiesTable = (readme: string): string => withGeneratedBlock(readme, PROPERTIES_TABLE_START, PROPERTIES_TABLE_END, propertiesTableMarkdown());
const withProxyOptionsTable = (readme: string): string => withGeneratedBlock(readme, PROXY_OPTIONS_TABLE_START, PROXY_OPTIONS_TABLE_END, proxyOptionsTableMarkdown());

export interface GeneratedFile {
  /** Relative to the package folder. */
  path: string;
  content: string;
}

function referenceModels(): SlotReferenceModel[] {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'models', 'manifest.json'), 'utf8')) as { models: Array<{ slot: string; repo: string }> };
  return manifest.models.map(({ slot, repo }) => ({ slot, repo }));
}

/** Every generated file: the plugin.json files and each plugin folder's README.md (from the classifier specs), the README's settings, properties and proxy-options tables. */
export function generatedPluginFiles(): GeneratedFile[] {
  const models = referenceModels();
  return [
    ...pluginManifests().map((manifest) => ({ path: manifest.path, content: `${JSON.stringify(manifest.json, null, 2)}\n` })),
    ...CLASSIFIER_SPECS.map((spec) => ({ path: `plugins/${spec.name}/README.md`, content: pluginReadme(spec, models) })),
    { path: 'README.md', content: withProxyOptionsTable(withPropertiesTable(withSettingsTable(readFileSync(join(packageRoot(), 'README.md'), 'utf8')))) },
  ];
}
