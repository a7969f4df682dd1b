import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { packageRoot } from '../shared';
import type { RemotePluginBuild } from './remote-plugin-template';

const TEMPLATE_PATH = join('sandbox', 'remote-plugin-template.ts');
const BUILD_MARKER = '// @build-replace';
const INLINE_MARKER = '// @build-inline';
/** An import statement, on one line or several. */
const IMPORT_LINE = /^\s*import\s[^;]*?from\s*'[^']+';?.*$/gm;

type ReadModule = (path: string) => string;
const readSource: ReadModule = (path) => readFileSync(join(packageRoot(), path), 'utf8');
const posix = (path: string): string => path.split('\\').join('/');
const isInlineLine = (line: string): boolean => line.trimEnd().endsWith(INLINE_MARKER);

/** The template's TypeScript source (read from the package folder, so dist/ builds use the same text). */
export function readTemplateSource(): string {
  return readSource(TEMPLATE_PATH);
}

/** The package-relative path a relative `import ... from './x'` line names, seen from the module at `from`. */
function importedPath(line: string, from: string): string {
  const specifier = /from\s+'([^']+)'/.exec(line)?.[1];
  if (specifier === undefined || !specifier.startsWith('.')) {
    throw new Error(`${from}: the sandbox build inlines only the core's own modules (relative imports), got ${JSON.stringify(line.trim())}; the sandbox plugins cannot import packages`);
  }
  return posix(normalize(join(dirname(from), `${specifier}.ts`)));
}

/**
 * Every module the template's `// @build-inline` imports name, with the modules those import, package-relative and
 * in dependency order (a module after the modules it uses), each once.
 */
export function inlinedModules(template = readTemplateSource(), readModule: ReadModule = readSource): string[] {
  const ordered: string[] = [];
  const visit = (path: string, chain: string[]): void => {
    if (ordered.includes(path)) return;
    if (chain.includes(path)) throw new Error(`the sandbox build cannot inline an import cycle: ${[...chain, path].join(' -> ')}`);
    for (const line of readModule(path).match(IMPORT_LINE) ?? []) visit(importedPath(line, path), [...chain, path]);
    ordered.push(path);
  };
  for (const line of template.split('\n').filter(isInlineLine)) visit(importedPath(line, TEMPLATE_PATH), []);
  return ordered;
}

/** A module as a part of a main file: the same code, without its imports (inlined before it) and without `export` (a plugin's exports are its methods). */
export function inlinedModuleSource(source: string): string {
  return source.replace(IMPORT_LINE, '').replace(/^export (?=(const|interface|class|function|type) )/gm, '').trim();
}

/**
 * The plugin's main file: the template with its one `BUILD` line replaced by this plugin's values and its imports
 * marked `// @build-inline` replaced by the code of those modules (and of the modules they use), so the main file
 * imports nothing. The core's own rules (the circuit breaker, whole numbers, event names, quoting) thus have one
 * source for the plugins and the sandbox.
 */
export function renderMainFile(build: RemotePluginBuild, template = readTemplateSource(), readModule: ReadModule = readSource): string {
  const lines = template.split('\n');
  const buildLines = lines.flatMap((line, index) => (line.trimEnd().endsWith(BUILD_MARKER) ? [index] : []));
  if (buildLines.length !== 1 || !lines[buildLines[0]].startsWith('const BUILD: RemotePluginBuild = ')) {
    throw new Error(`${TEMPLATE_PATH} must have exactly one line "const BUILD: RemotePluginBuild = {...}; ${BUILD_MARKER}", found ${buildLines.length}; restore it`);
  }
  lines[buildLines[0]] = `const BUILD: RemotePluginBuild = ${JSON.stringify(build, null, 2)};`;
  const inlined = inlinedModules(template, readModule).map((path) => `// Inlined from ${path} by the build:\n${inlinedModuleSource(readModule(path))}\n`);
  const firstInline = lines.findIndex(isInlineLine);
  return lines.flatMap((line, index) => (index === firstInline ? inlined : isInlineLine(line) ? [] : [line])).join('\n');
}
