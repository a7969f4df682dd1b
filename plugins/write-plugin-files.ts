import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../shared';
import { generatedPluginFiles } from './plugin-files';

// `npm run plugin-json`: rewrites every plugin.json and plugin README from the specs (a test fails when they drift).
for (const file of generatedPluginFiles()) {
  writeFileSync(join(packageRoot(), file.path), file.content);
  process.stdout.write(`wrote ${file.path}\n`);
}
