import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pluginManifests } from '../plugins/plugin-manifests';
import { IN_PROCESS_MAIN } from './in-process-main';
import { remotePluginOutputs } from './remote-plugin-builds';
import { readTemplateSource, renderMainFile } from './render-main-file';
import { zipArchive } from './zip-archive';

export interface BuiltSandboxPlugin {
  plugin: string;
  /** Folder holding plugin.json and index.ts: installable from a local path as is. */
  dir: string;
  /** The same two files zipped: installable from an archive as is. */
  zipPath: string;
  mainPath: string;
}

function writePlugin(root: string, folder: string, pluginJson: string, mainName: string, main: string): BuiltSandboxPlugin {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plugin.json'), pluginJson);
  writeFileSync(join(dir, mainName), main);
  const zipPath = join(root, `${folder}.zip`);
  // plugin.json first: PostHog looks at the archive's first entry to decide whether files sit in a top folder.
  writeFileSync(zipPath, zipArchive([{ name: 'plugin.json', content: pluginJson }, { name: mainName, content: main }]));
  return { plugin: folder, dir, zipPath, mainPath: join(dir, mainName) };
}

/**
 * Writes `<out>/<plugin>/{plugin.json,index.ts}` and `<out>/<plugin>.zip` for the suite and each classifier in
 * remote mode, and `<out>/in-process/` (the suite through one whitelisted import) for patched plugin servers.
 */
export function buildSandboxPlugins(outDir: string): BuiltSandboxPlugin[] {
  const root = resolve(outDir);
  const template = readTemplateSource();
  const suiteManifest = pluginManifests().find((manifest) => manifest.path === 'plugin.json');
  if (suiteManifest === undefined) throw new Error('plugins/plugin-manifests.ts lists no root plugin.json; the in-process build needs the suite manifest');
  const inProcess = writePlugin(root, 'in-process', `${JSON.stringify(suiteManifest.json, null, 2)}\n`, 'index.ts', IN_PROCESS_MAIN);
  const remote = remotePluginOutputs().map((output) => writePlugin(root, output.folder, `${JSON.stringify(output.pluginJson, null, 2)}\n`, output.pluginJson.main, renderMainFile(output.build, template)));
  return [...remote, inProcess];
}
