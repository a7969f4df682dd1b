import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../shared';
import type { RemotePluginBuild } from './remote-plugin-template';

const TEMPLATE_PATH = join('sandbox', 'remote-plugin-template.ts');
const MARKER = '// @build-replace';

/** The template's TypeScript source (read from the package folder, so dist/ builds use the same text). */
export function readTemplateSource(): string {
  return readFileSync(join(packageRoot(), TEMPLATE_PATH), 'utf8');
}

/** The plugin's main file: the template with its one `BUILD` line replaced by this plugin's values. */
export function renderMainFile(build: RemotePluginBuild, template = readTemplateSource()): string {
  const lines = template.split('\n');
  const marked = lines.flatMap((line, index) => (line.trimEnd().endsWith(MARKER) ? [index] : []));
  if (marked.length !== 1 || !lines[marked[0]].startsWith('const BUILD: RemotePluginBuild = ')) {
    throw new Error(`${TEMPLATE_PATH} must have exactly one line "const BUILD: RemotePluginBuild = {...}; ${MARKER}", found ${marked.length}; restore it`);
  }
  lines[marked[0]] = `const BUILD: RemotePluginBuild = ${JSON.stringify(build, null, 2)};`;
  return lines.join('\n');
}
