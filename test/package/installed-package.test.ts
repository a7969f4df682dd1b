import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MODEL_SLOTS } from '../../modelgen/model-slots';
import { PACKAGE_DIR, ensureBuiltCli } from '../cli/cli-harness';
import { inlinedModules } from '../../sandbox/render-main-file';
import { writeAppDependingOn } from './app-lockfile';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// No network: npm works from its cache (filled by `npm ci`), and onnxruntime-node's CUDA download stays off on any npm.
const OFFLINE_ENV = { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip', npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

interface PackResult {
  filename: string;
  size: number;
  integrity: string;
  files: Array<{ path: string }>;
}

describe('the package as users install it', () => {
  const work = mkdtempSync(join(tmpdir(), 'llm-classifiers-package-'));
  const app = join(work, 'app');
  let packed: PackResult;
  let npmOutput = '';

  beforeAll(async () => {
    ensureBuiltCli();
    // dist/ is already built by the test setup; --ignore-scripts keeps `prepare` from building it again.
    const pack = await run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: PACKAGE_DIR, env: OFFLINE_ENV, maxBuffer: 64 * 1024 * 1024 });
    packed = (JSON.parse(pack.stdout) as PackResult[])[0];
    mkdirSync(app);
    writeAppDependingOn(app, join(work, packed.filename), packed.integrity);
    const install = await run(NPM, ['ci'], { cwd: app, env: OFFLINE_ENV, maxBuffer: 64 * 1024 * 1024 });
    npmOutput = `${install.stdout}${install.stderr}${pack.stderr}`;
  }, 240_000);

  it('carries the default models, their cards and the licenses, and no tests, fixtures or training code', () => {
    const paths = new Set(packed.files.map((file) => file.path));
    for (const slot of MODEL_SLOTS) {
      for (const file of ['config.json', 'tokenizer.json', 'MODEL_CARD.md', 'onnx/model.onnx']) expect(paths).toContain(`${slot.defaultDir}/${file}`);
    }
    for (const file of ['LICENSE', 'LICENSES.md', 'CHANGELOG.md', 'README.md', 'plugin.json', 'dist/index.js', 'dist/cli/main.js', 'sandbox/remote-plugin-template.ts', 'cli/demo/sample-events.jsonl', ...inlinedModules()]) expect(paths).toContain(file);
    const unwanted = [...paths].filter((path) => /^(test|train|modelgen|bench|\.fixtures)\/|^dist\/(test|train|modelgen|bench)\/|\.map$|\.test\./.test(path));
    expect(unwanted).toEqual([]);
    expect(statSync(join(work, packed.filename)).size).toBe(packed.size);
  });

  it('installs offline from the tarball without an npm warning about the project config', () => {
    expect(npmOutput).not.toMatch(/Unknown (project|user|builtin|env) config/i);
  });

  it('runs `llm-classify demo` and `classify` from node_modules on the shipped default models', async () => {
    const bin = join(app, 'node_modules', '.bin', 'llm-classify');
    const demo = await run(bin, ['demo'], { cwd: app, env: OFFLINE_ENV, maxBuffer: 16 * 1024 * 1024 });
    expect(demo.stdout).toMatch(/^#\s+event\s+side\s+text\s+emotion/m);
    expect(demo.stdout).toMatch(/lines read/);
    expect(`${demo.stdout}${demo.stderr}`).not.toMatch(/NOTICE|fixture/i);

    const events = join(app, 'events.jsonl');
    writeFileSync(events, `${JSON.stringify({ event: '$ai_generation', uuid: 'u1', properties: { $ai_input: [{ role: 'user', content: 'Thank you so much, that worked perfectly!' }], $ai_output_choices: [{ role: 'assistant', content: 'Glad it worked! Anything else I can help with?' }] } })}\n`);
    const classify = await run(bin, ['classify', events, '--quiet'], { cwd: app, env: OFFLINE_ENV });
    const labeled = JSON.parse(classify.stdout.trim()) as { properties: Record<string, unknown> };
    for (const property of ['user_emotion', 'user_toxicity', 'user_flow', 'agent_emotion', 'agent_toxicity', 'agent_flow']) expect(typeof labeled.properties[property]).toBe('string');

    // Every command loads from the installed package (a missing dist folder would fail at require time).
    for (const command of ['serve', 'proxy', 'models', 'eval']) {
      const help = await run(bin, [command, '--help'], { cwd: app, env: OFFLINE_ENV });
      expect(help.stdout).toMatch(/^Usage: llm-classify/m);
    }
  }, 120_000);

  it('loads the suite plugin from node_modules and labels an event in place', async () => {
    const script = `
      const suite = require('posthog-llm-classifiers');
      const meta = { config: {}, global: {} };
      const event = { event: 'llm-task', uuid: 'u2', properties: { $llm_input: 'you are useless, I hate this', $llm_output: 'Sorry about that!' } };
      suite.setupPlugin(meta)
        .then(() => suite.processEvent(event, meta))
        .then(async (labeled) => { await suite.teardownPlugin(meta); console.log(JSON.stringify({ same: labeled === event, properties: labeled.properties })); });`;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: app, env: OFFLINE_ENV });
    const result = JSON.parse(stdout.trim()) as { same: boolean; properties: Record<string, unknown> };
    expect(result.same).toBe(true);
    expect(result.properties).toMatchObject({ user_emotion: expect.any(String), user_toxicity: expect.any(String), agent_flow: expect.any(String) });
  }, 60_000);
});
