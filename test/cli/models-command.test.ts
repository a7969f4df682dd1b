import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readModelFolder } from '../../shared';
import { fixtureModel } from '../helpers/fixture-models';
import { type FakeHubFile, closedLoopbackPort, ensureBuiltCli, runCli, startFakeHub } from './cli-harness';

const USER_FLOW_REPO = 'minuva/MiniLMv2-userflow-v2-onnx';
const AGENT_FLOW_REPO = 'minuva/MiniLMv2-agentflow-v2-onnx';
const EMOTION_REPO = 'minuva/MiniLMv2-goemotions-v2-onnx';
const ONNX = 'model_optimized_quantized.onnx';

/** A fixture model laid out as the reference repos are (ONNX file at the root, in LFS). */
function repoFiles(fixtureDir: string): Record<string, FakeHubFile> {
  const read = (path: string): Buffer => readFileSync(join(fixtureDir, path));
  return {
    'config.json': { content: read('config.json'), lfs: false },
    'tokenizer.json': { content: read('tokenizer.json'), lfs: false },
    'tokenizer_config.json': { content: read('tokenizer_config.json'), lfs: false },
    [ONNX]: { content: read('onnx/model.onnx'), lfs: true },
  };
}

const REPOS = () => ({ [USER_FLOW_REPO]: repoFiles(fixtureModel('user-flow')), [AGENT_FLOW_REPO]: repoFiles(fixtureModel('agent-flow')), [EMOTION_REPO]: repoFiles(fixtureModel('emotion')) });
const newModelsDir = (): string => mkdtempSync(join(tmpdir(), 'llm-classify-models-'));
const visibleFolders = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name) : []);

beforeAll(() => ensureBuiltCli());

describe('llm-classify models download', () => {
  it('says in one line that the hub cannot be reached, exits 1 and installs nothing loadable', async () => {
    const modelsDir = newModelsDir();
    const port = await closedLoopbackPort();
    const result = await runCli(['models', 'download', 'minilm-user-flow', '--models-dir', modelsDir, '--hub-url', `http://127.0.0.1:${port}`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^llm-classify: cannot reach the model hub at http://127.0.0.1:${port} \\(ECONNREFUSED\\); nothing was installed`));
    expect(visibleFolders(modelsDir)).toEqual([]);
    expect(() => readModelFolder(join(modelsDir, 'minilm-user-flow'))).toThrow(/does not exist/);
    // The default hub URL is unreachable here too (no DNS / no route): same one-line answer.
    const defaultHub = await runCli(['models', 'download', 'minilm-agent-flow', '--models-dir', modelsDir], { env: { LLM_CLASSIFY_HUB_URL: `http://127.0.0.1:${port}` } });
    expect(defaultHub.code).toBe(1);
    expect(defaultHub.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses model names that are not in the manifest, such as paths that would escape models/', async () => {
    const modelsDir = newModelsDir();
    for (const name of ['../../etc', '/tmp/x', 'minilm-emotion/../../..']) {
      const result = await runCli(['models', 'download', name, '--models-dir', modelsDir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`unknown model ${JSON.stringify(name)}; known models: minilm-toxicity`);
    }
    expect(readdirSync(modelsDir)).toEqual([]);
  });

  it('downloads from the hub, verifies against the hub\'s checksums, records a lock file and lists the model', async () => {
    const hub = await startFakeHub({ repos: REPOS(), commit: 'b'.repeat(40) });
    const modelsDir = newModelsDir();
    try {
      const result = await runCli(['models', 'download', 'minilm-user-flow', '--models-dir', modelsDir, '--hub-url', hub.url]);
      expect(result.stderr).toMatch(/installed minilm-user-flow \(minuva\/MiniLMv2-userflow-v2-onnx, commit bbbbbbbbbbbb\)/);
      expect(result.stderr).toMatch(/config\.json: hub-git-sha1.*model_optimized_quantized\.onnx: hub-lfs-sha256/);
      expect(result.code).toBe(0);
      expect(readModelFolder(join(modelsDir, 'minilm-user-flow')).labels).toContain('agrees_praising_thanking');
      // Later files come from the commit the first answer named, so the model is one snapshot.
      expect(hub.requests.filter((r) => r.path.includes('/resolve/')).slice(1).every((r) => r.path.includes(`/resolve/${'b'.repeat(40)}/`))).toBe(true);
      const lock = JSON.parse(readFileSync(join(modelsDir, 'manifest.lock.json'), 'utf8'));
      expect(lock.models['minilm-user-flow'].commit).toBe('b'.repeat(40));
      expect(lock.models['minilm-user-flow'].files[ONNX].sha256).toBe(createHash('sha256').update(REPOS()[USER_FLOW_REPO][ONNX].content).digest('hex'));

      const listed = await runCli(['models', 'list', '--json', '--models-dir', modelsDir]);
      const models = JSON.parse(listed.stdout) as Array<{ name: string; installed: boolean; checksumStatus: string; labels?: string[] }>;
      expect(models.find((m) => m.name === 'minilm-user-flow')).toMatchObject({ installed: true, checksumStatus: 'ok' });
      expect(models.find((m) => m.name === 'minilm-emotion')).toMatchObject({ installed: false, checksumStatus: 'not-installed' });

      writeFileSync(join(modelsDir, 'minilm-user-flow', 'tokenizer_config.json'), '{}');
      const tampered = JSON.parse((await runCli(['models', 'list', '--json', '--models-dir', modelsDir])).stdout) as Array<{ name: string; checksumStatus: string }>;
      expect(tampered.find((m) => m.name === 'minilm-user-flow')?.checksumStatus).toBe('modified');
    } finally {
      await hub.close();
    }
  });

  it('resumes an interrupted download with a Range request and never shows the half model', async () => {
    const hub = await startFakeHub({ repos: REPOS(), cutFirstDownload: { key: `${AGENT_FLOW_REPO}/${ONNX}`, afterBytes: 1000 } });
    const modelsDir = newModelsDir();
    try {
      const first = await runCli(['models', 'download', 'minilm-agent-flow', '--models-dir', modelsDir, '--hub-url', hub.url]);
      expect(first.code).toBe(1);
      expect(first.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(first.stderr).toMatch(/interrupted|cannot reach/);
      expect(visibleFolders(modelsDir)).toEqual([]);
      const second = await runCli(['models', 'download', 'minilm-agent-flow', '--models-dir', modelsDir, '--hub-url', hub.url]);
      expect(second.code).toBe(0);
      expect(hub.requests.some((r) => r.method === 'GET' && r.path.startsWith('/cdn/') && /^bytes=[1-9]\d*-$/.test(r.range ?? ''))).toBe(true);
      expect(readModelFolder(join(modelsDir, 'minilm-agent-flow')).labels).toContain('agent_apology_error_mistake');
    } finally {
      await hub.close();
    }
  });

  it('refuses a file whose bytes do not match the checksum the hub states or the manifest pins', async () => {
    const hub = await startFakeHub({ repos: REPOS(), wrongStatedSha256: new Set([`${USER_FLOW_REPO}/${ONNX}`]) });
    const modelsDir = newModelsDir();
    try {
      const stated = await runCli(['models', 'download', 'minilm-user-flow', '--models-dir', modelsDir, '--hub-url', hub.url]);
      expect(stated.code).toBe(1);
      expect(stated.stderr).toMatch(/minilm-user-flow\/model_optimized_quantized\.onnx: checksum mismatch, got [0-9a-f]{64} but the sha256 the hub states \(x-linked-etag\) is f{64}; the file was discarded and nothing was installed/);
      // minilm-emotion pins its ONNX sha256 in models/manifest.json; the fixture served in its place differs.
      const pinned = await runCli(['models', 'download', 'minilm-emotion', '--models-dir', modelsDir, '--hub-url', hub.url]);
      expect(pinned.code).toBe(1);
      expect(pinned.stderr).toMatch(/minilm-emotion\/model_optimized_quantized\.onnx: checksum mismatch.*sha256 pinned in models\/manifest\.json/);
      expect(visibleFolders(modelsDir)).toEqual([]);
      expect(existsSync(join(modelsDir, '.downloads', 'minilm-user-flow', `${ONNX}.part`))).toBe(false);
    } finally {
      await hub.close();
    }
  });
});

describe('llm-classify models download --from DIR', () => {
  async function downloadedCopy(): Promise<string> {
    const hub = await startFakeHub({ repos: REPOS() });
    const modelsDir = newModelsDir();
    try {
      const result = await runCli(['models', 'download', 'minilm-user-flow', '--models-dir', modelsDir, '--hub-url', hub.url]);
      expect(result.code).toBe(0);
    } finally {
      await hub.close();
    }
    return modelsDir;
  }

  it('installs a copied model folder after checking its recorded checksums', async () => {
    const source = await downloadedCopy();
    const target = newModelsDir();
    const result = await runCli(['models', 'download', 'minilm-user-flow', '--from', source, '--models-dir', target]);
    expect(result.stderr).toMatch(/installed minilm-user-flow .*checksums .*source-checksums/);
    expect(result.code).toBe(0);
    expect(readModelFolder(join(target, 'minilm-user-flow')).labels).toContain('OTHER');
    const lock = JSON.parse(readFileSync(join(target, 'manifest.lock.json'), 'utf8'));
    expect(Object.keys(lock.models['minilm-user-flow'].files)).toEqual(expect.arrayContaining(['config.json', ONNX]));
  });

  it('refuses a copy whose bytes differ from its checksums, and one with a wrong checksum against the lock file', async () => {
    const source = await downloadedCopy();
    const copy = mkdtempSync(join(tmpdir(), 'llm-classify-copy-'));
    cpSync(join(source, 'minilm-user-flow'), join(copy, 'MiniLMv2-userflow-v2-onnx'), { recursive: true });
    const onnxPath = join(copy, 'MiniLMv2-userflow-v2-onnx', ONNX);
    const bytes = readFileSync(onnxPath);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(onnxPath, bytes);
    const target = newModelsDir();
    const refused = await runCli(['models', 'download', 'minilm-user-flow', '--from', copy, '--models-dir', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/minilm-user-flow\/model_optimized_quantized\.onnx: checksum mismatch.*local copy's checksum file/);
    expect(visibleFolders(target)).toEqual([]);

    // The same tampered bytes with a matching SHA256SUMS still fail against the lock file of the first install.
    rmSync(join(copy, 'MiniLMv2-userflow-v2-onnx', '.llm-classify.json'));
    const sums = ['config.json', 'tokenizer.json', 'tokenizer_config.json', ONNX].map((path) => `${createHash('sha256').update(readFileSync(join(copy, 'MiniLMv2-userflow-v2-onnx', path))).digest('hex')}  ${path}`);
    writeFileSync(join(copy, 'MiniLMv2-userflow-v2-onnx', 'SHA256SUMS'), `${sums.join('\n')}\n`);
    const againstLock = await runCli(['models', 'download', 'minilm-user-flow', '--from', copy, '--models-dir', source, '--force']);
    expect(againstLock.code).toBe(1);
    expect(againstLock.stderr).toMatch(/checksum mismatch.*recorded in manifest\.lock\.json/);
    // The intact model already installed there is untouched.
    expect(readModelFolder(join(source, 'minilm-user-flow')).labels).toContain('OTHER');
  });

  it('refuses files no checksum vouches for unless --trust-unpinned', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'llm-classify-bare-'));
    const files = repoFiles(fixtureModel('agent-flow'));
    for (const [path, file] of Object.entries(files)) writeFileSync(join(copy, path), file.content);
    const target = newModelsDir();
    const refused = await runCli(['models', 'download', 'minilm-agent-flow', '--from', copy, '--models-dir', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no known sha256 .*pass --trust-unpinned/);
    expect(visibleFolders(target)).toEqual([]);
    const trusted = await runCli(['models', 'download', 'minilm-agent-flow', '--from', copy, '--models-dir', target, '--trust-unpinned']);
    expect(trusted.code).toBe(0);
    expect(trusted.stderr).toMatch(/first-use/);
    expect(visibleFolders(target)).toEqual(['minilm-agent-flow']);
  });

  it('uses downloaded models for classify --accurate', async () => {
    const modelsDir = await downloadedCopy();
    const event = { event: 'llm-task', properties: { $llm_input: 'thanks a lot', $llm_output: 'sorry' } };
    const result = await runCli(['classify', '-', '--accurate', '--plugins', 'flow', '--models-dir', modelsDir], { stdin: `${JSON.stringify(event)}\n` });
    // Only the user-flow model is installed in this folder: --accurate names what is missing.
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--accurate: minilm-agent-flow is not installed/);
  });
});
