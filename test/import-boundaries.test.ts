import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..');
const CORE = join(ROOT, 'shared');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import or re-export of a file, resolved to the path it names. Lines the sandbox build inlines (`// @build-inline`) are source, not imports. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8').split('\n').filter((line) => !line.trimEnd().endsWith('// @build-inline')).join('\n');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']*)'|require\('(\.[^']*)'\)/g)].map((match) => resolve(dirname(file), match[1] ?? match[2]));
}

const outsideCore = ['cli', 'server', 'gateway', 'sandbox', 'bench', 'plugins', 'modelgen', 'train', 'corpus'].flatMap((folder) => sourceFiles(join(ROOT, folder))).concat(join(ROOT, 'index.ts'));

describe('import boundaries', () => {
  it('everything outside shared/ reaches the core only through shared/index.ts', () => {
    const deep = outsideCore.flatMap((file) => relativeImports(file).filter((target) => target.startsWith(`${CORE}${sep}`) && target !== join(CORE, 'index')).map((target) => `${relative(ROOT, file)} imports ${relative(ROOT, target)}`));
    expect(deep).toEqual([]);
  });

  it('the core imports nothing outside shared/, and server/ imports nothing from cli/', () => {
    const coreLeaks = sourceFiles(CORE).flatMap((file) => relativeImports(file).filter((target) => !target.startsWith(`${CORE}${sep}`)).map((target) => `${relative(ROOT, file)} imports ${relative(ROOT, target)}`));
    const serverToCli = sourceFiles(join(ROOT, 'server')).flatMap((file) => relativeImports(file).filter((target) => target.startsWith(join(ROOT, 'cli'))).map((target) => `${relative(ROOT, file)} imports ${relative(ROOT, target)}`));
    expect([...coreLeaks, ...serverToCli]).toEqual([]);
  });
});
