import { buildSandboxPlugins } from './build-sandbox-plugins';

// `npm run build:sandbox` (node dist/sandbox/build-sandbox.js --out DIR): remote-mode plugins for PostHog's sandbox.
function outDirFromArgs(argv: readonly string[]): string {
  const index = argv.indexOf('--out');
  if (index === -1) return 'dist-sandbox';
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('-')) throw new Error('--out needs a folder: build-sandbox --out dist-sandbox');
  return value;
}

try {
  for (const built of buildSandboxPlugins(outDirFromArgs(process.argv.slice(2)))) process.stdout.write(`wrote ${built.dir} and ${built.zipPath}\n`);
} catch (error) {
  process.stderr.write(`build-sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
