import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../shared';
import type { RemotePluginBuild } from './remote-plugin-template';

const TEMPLATE_PATH = join('sandbox', 'remote-plugin-template.ts');
const BREAKER_PATH = join('sandbox', 'circuit-breaker.ts');
const BUILD_MARKER = '// @build-replace';
const INLINE_MARKER = '// @build-inline';

const readSource = (path: string): string => readFileSync(join(packageRoot(), path), 'utf8');

/** The template's TypeScript source (read from the package folder, so dist/ builds use the same text). */
export function readTemplateSource(): string {
  return readSource(TEMPLATE_PATH);
}

/** circuit-breaker.ts as a part of a main file: the same code, without `export` (a plugin's exports are its methods). */
export function inlinedBreakerSource(source = readSource(BREAKER_PATH)): string {
  if (/^\s*import\s/m.test(source)) throw new Error(`${BREAKER_PATH} must import nothing: it is inlined into sandbox plugins, which cannot import`);
  return source.replace(/^export (?=(const|interface|class|function|type) )/gm, '').trimEnd();
}

function markedLine(lines: readonly string[], marker: string, startsWith: string, expected: string): number {
  const marked = lines.flatMap((line, index) => (line.trimEnd().endsWith(marker) ? [index] : []));
  if (marked.length !== 1 || !lines[marked[0]].startsWith(startsWith)) {
    throw new Error(`${TEMPLATE_PATH} must have exactly one line "${expected} ${marker}", found ${marked.length}; restore it`);
  }
  return marked[0];
}

/**
 * The plugin's main file: the template with its one `BUILD` line replaced by this plugin's values and its one
 * import (the circuit breaker) replaced by that file's code, so the main file imports nothing.
 */
export function renderMainFile(build: RemotePluginBuild, template = readTemplateSource(), breaker?: string): string {
  const lines = template.split('\n');
  const buildLine = markedLine(lines, BUILD_MARKER, 'const BUILD: RemotePluginBuild = ', 'const BUILD: RemotePluginBuild = {...};');
  const importLine = markedLine(lines, INLINE_MARKER, 'import ', "import { ... } from './circuit-breaker';");
  lines[buildLine] = `const BUILD: RemotePluginBuild = ${JSON.stringify(build, null, 2)};`;
  lines[importLine] = `// Inlined from ${BREAKER_PATH.split('\\').join('/')} by the build:\n${inlinedBreakerSource(breaker)}\n`;
  return lines.join('\n');
}
