import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

let cachedRoot: string | undefined;

/** The folder holding this package's package.json, from source (ts-jest) or from dist/. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  while (dirname(dir) !== dir) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'posthog-llm-classifiers') {
      cachedRoot = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error(`cannot find the posthog-llm-classifiers package folder above ${__dirname}`);
}

/** Model folders in settings may be absolute or relative to the package folder (`models/default-emotion`). */
export function resolveModelDir(setting: string): string {
  return isAbsolute(setting) ? setting : resolve(packageRoot(), setting);
}
