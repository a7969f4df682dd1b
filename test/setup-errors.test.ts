import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as emotion from '../plugins/emotion';
import * as flow from '../plugins/flow';
import * as suite from '../index';
import { pluginMeta } from './helpers/events';
import { FIXTURE_SETTINGS, fixtureModel, suiteToggles } from './helpers/fixture-models';

const setupFails = (config: Record<string, string>): Promise<void> => emotion.setupPlugin(pluginMeta({ ...FIXTURE_SETTINGS.emotion, ...config }));

describe('bad settings fail at setup with a message naming the field and what is accepted', () => {
  it.each([
    [{ threshold: '0,5' }, 'threshold must be a number from 0 to 1 (e.g. 0.5), or blank for the model\'s own thresholds, got "0,5"'],
    [{ threshold: '1.5' }, 'threshold must be a number from 0 to 1'],
    [{ threshold: '-0.1' }, 'threshold must be a number from 0 to 1'],
    [{ executionProvider: 'tpu' }, 'executionProvider must be one of "cpu", "cuda", "auto", got "tpu"'],
    [{ classifySides: 'assistant' }, 'classifySides must be one of "both", "user", "agent", got "assistant"'],
    [{ maxTokens: '100000' }, 'maxTokens must be a whole number from 1 to 512, got "100000"'],
    [{ maxTokens: '12.5' }, 'maxTokens must be a whole number from 1 to 512, got "12.5"'],
    [{ timeoutMs: 'soon' }, 'timeoutMs must be a whole number from 1 to 600000, got "soon"'],
    [{ writeScores: 'maybe' }, 'writeScores must be one of "yes", "no", got "maybe"'],
    [{ eventNames: ' , ' }, 'eventNames must list at least one event name'],
  ])('%j', async (config, message) => {
    await expect(setupFails(config)).rejects.toThrow(message);
  });

  it('accepts blank settings as their defaults and mixed case choices', async () => {
    const meta = pluginMeta({ ...FIXTURE_SETTINGS.emotion, threshold: '', maxTokens: ' ', executionProvider: 'CPU', writeScores: 'Yes' });
    await expect(emotion.setupPlugin(meta)).resolves.toBeUndefined();
    await emotion.teardownPlugin(meta);
  });

  it('names the prefixed key in the suite', async () => {
    await expect(suite.setupPlugin(pluginMeta({ ...FIXTURE_SETTINGS.suite, toxicityThreshold: 'high' }))).rejects.toThrow('toxicityThreshold must be a number from 0 to 1');
  });

  it('refuses a suite with every classifier turned off', async () => {
    await expect(suite.setupPlugin(pluginMeta(suiteToggles([])))).rejects.toThrow('turn at least one on');
  });
});

describe('broken or missing models fail at setup with a message naming the path', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'llm-classifiers-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const copyOfFixture = (): string => {
    const dir = join(scratch, 'model');
    cpSync(fixtureModel('emotion'), dir, { recursive: true });
    return dir;
  };

  it('a missing model folder', async () => {
    const missing = join(scratch, 'nowhere');
    await expect(setupFails({ modelDir: missing })).rejects.toThrow(`model folder ${missing} does not exist`);
  });

  it('a missing flow model names its own setting\'s path', async () => {
    const missing = join(scratch, 'no-agent-flow');
    await expect(flow.setupPlugin(pluginMeta({ ...FIXTURE_SETTINGS.flow, agentModelDir: missing }))).rejects.toThrow(missing);
  });

  it('a truncated ONNX file', async () => {
    const dir = copyOfFixture();
    const onnxPath = join(dir, 'onnx', 'model.onnx');
    const bytes = readFileSync(onnxPath);
    writeFileSync(onnxPath, bytes.subarray(0, Math.floor(bytes.length / 3)));
    await expect(setupFails({ modelDir: dir })).rejects.toThrow(`cannot load ONNX model ${onnxPath}`);
  });

  it('a folder without an ONNX file', async () => {
    const dir = copyOfFixture();
    rmSync(join(dir, 'onnx'), { recursive: true });
    await expect(setupFails({ modelDir: dir })).rejects.toThrow(`model folder ${dir} has no ONNX file; looked for onnx/model_quantized.onnx`);
  });

  it('a config.json that is not JSON', async () => {
    const dir = copyOfFixture();
    writeFileSync(join(dir, 'config.json'), '{"id2label": {');
    await expect(setupFails({ modelDir: dir })).rejects.toThrow(`config.json at ${join(dir, 'config.json')} is not valid JSON`);
  });

  it('a config.json without id2label', async () => {
    const dir = copyOfFixture();
    writeFileSync(join(dir, 'config.json'), '{}');
    await expect(setupFails({ modelDir: dir })).rejects.toThrow('has no id2label object');
  });

  it('id2label with fewer labels than the model has outputs', async () => {
    const dir = copyOfFixture();
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    config.id2label = { 0: 'joy', 1: 'anger' };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    await expect(setupFails({ modelDir: dir })).rejects.toThrow('expected [1, 2] (one per id2label entry)');
  });

  it('a missing tokenizer.json', async () => {
    const dir = copyOfFixture();
    rmSync(join(dir, 'tokenizer.json'));
    await expect(setupFails({ modelDir: dir })).rejects.toThrow(`model folder ${dir} has no tokenizer.json`);
  });

  it('an ONNX file that is something else', async () => {
    const dir = copyOfFixture();
    copyFileSync(join(dir, 'config.json'), join(dir, 'onnx', 'model.onnx'));
    await expect(setupFails({ modelDir: dir })).rejects.toThrow(`cannot load ONNX model ${join(dir, 'onnx', 'model.onnx')}`);
  });
});
