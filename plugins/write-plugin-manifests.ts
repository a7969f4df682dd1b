import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../shared/model/package-root';
import { pluginManifests } from './plugin-manifests';

// `npm run plugin-json`: rewrites every plugin.json from the specs (a test fails when they drift).
for (const manifest of pluginManifests()) {
  writeFileSync(join(packageRoot(), manifest.path), `${JSON.stringify(manifest.json, null, 2)}\n`);
  process.stdout.write(`wrote ${manifest.path}\n`);
}
