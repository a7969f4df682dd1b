import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_DIR } from '../cli/cli-harness';

interface LockEntry {
  version?: string;
  dev?: boolean;
  [field: string]: unknown;
}

/**
 * Writes an app's package.json and package-lock.json that depend on the packed tarball, with this repository's own
 * locked versions of its runtime dependencies: `npm ci --offline` then installs from the tarball and npm's cache
 * (which `npm ci` of this repository filled), with no registry request at all.
 */
export function writeAppDependingOn(appDir: string, tarballPath: string, tarballIntegrity: string): void {
  const ours = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string>; license: string };
  const lock = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const spec = `file:${tarballPath}`;
  const runtimeEntries = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && entry.dev !== true);
  writeFileSync(join(appDir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, dependencies: { [ours.name]: spec } }, null, 2));
  const appLock = {
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { [ours.name]: spec } },
      [`node_modules/${ours.name}`]: { version: ours.version, resolved: spec, integrity: tarballIntegrity, license: ours.license, dependencies: ours.dependencies, bin: ours.bin, engines: ours.engines },
      ...Object.fromEntries(runtimeEntries),
    },
  };
  writeFileSync(join(appDir, 'package-lock.json'), JSON.stringify(appLock, null, 2));
}
