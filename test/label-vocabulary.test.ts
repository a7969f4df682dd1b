import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { miniLmBenchModel } from '../bench/bench-models';
import { writeMiniLmShapedModel } from '../modelgen/minilm/write-minilm-model';
import { FIXTURE_MODELS } from '../modelgen/fixtures/build-fixture-models';
import { MODEL_SLOTS, modelSlot } from '../modelgen/model-slots';
import { CLASSIFIER_SPECS } from '../plugins/classifier-specs';
import { type ModelSlot, labelsOutsideSlot, packageRoot, readModelFolder, resolveModelDir } from '../shared';
import { llmEvent, pluginMeta } from './helpers/events';
import { FIXTURE_MODELS_DIR } from './helpers/fixture-models';
import * as toxicity from '../plugins/toxicity';

const TINY_SHAPE = { layers: 1, hidden: 16, heads: 2, intermediate: 32 };

/** Every model folder the repository ships or builds, with the slot whose vocabulary it must stay inside. */
function everyModelFolder(): Array<[string, string, ModelSlot]> {
  const benchDir = mkdtempSync(join(tmpdir(), 'llm-classifiers-vocabulary-'));
  return [
    ...MODEL_SLOTS.map((slot): [string, string, ModelSlot] => [`default model ${slot.defaultDir}`, resolveModelDir(slot.defaultDir), slot]),
    ...FIXTURE_MODELS.map((fixture): [string, string, ModelSlot] => [`fixture model ${fixture.folder}`, join(FIXTURE_MODELS_DIR, fixture.folder), modelSlot(fixture.slot)]),
    ...MODEL_SLOTS.map((slot): [string, string, ModelSlot] => [`benchmark model ${slot.id}`, miniLmBenchModel(benchDir, slot.id, 'fp32', TINY_SHAPE), slot]),
  ];
}

describe('one label vocabulary in every tier', () => {
  it.each(everyModelFolder())('%s writes only reference label names of its slot', (_what, dir, slot) => {
    const model = readModelFolder(dir);
    expect(labelsOutsideSlot(model.labels, slot)).toEqual([]);
    expect(model.problemType).toBe(slot.problemType);
    expect(model.labels.length).toBeGreaterThan(1);
  });

  it('every spec names its fallback and ignored labels from its slots (or as the no-label value of a multi-label slot)', () => {
    for (const spec of CLASSIFIER_SPECS) {
      for (const slot of spec.models) {
        for (const label of spec.ignoredLabels) expect(slot.labels).toContain(label);
        if (slot.problemType === 'single_label_classification') expect(slot.labels).toContain(spec.fallbackLabel);
        for (const triggers of Object.values(slot.fixture.triggers)) for (const label of Object.keys(triggers)) expect(slot.labels).toContain(label);
      }
    }
  });

  it('no old label value (CHANGELOG.md rename tables) is left in the repository outside CHANGELOG.md', () => {
    const changelog = readFileSync(join(packageRoot(), 'CHANGELOG.md'), 'utf8');
    const referenceLabels = new Set(MODEL_SLOTS.flatMap((slot) => slot.labels));
    // Rows of the rename tables: | ... | `old` | `new` | or | `old`, `old` | now |; take every backquoted name with an underscore.
    const oldNames = new Set<string>();
    for (const row of changelog.split('\n').filter((line) => /^\| .*`[a-z]+_[a-z_]+`/.test(line))) {
      const oldCell = row.split('|').slice(1, -1).slice(-2, -1)[0] ?? '';
      for (const [, name] of oldCell.matchAll(/`([a-z]+_[a-z_]+)`/g)) if (!referenceLabels.has(name)) oldNames.add(name);
    }
    expect(oldNames.size).toBeGreaterThan(10);
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: packageRoot(), encoding: 'utf8' })
      .split('\n')
      .filter((file) => file !== '' && file !== 'CHANGELOG.md' && !file.endsWith('.onnx') && !file.startsWith('node_modules/'));
    const hits: string[] = [];
    for (const file of files) {
      const path = join(packageRoot(), file);
      let text: string;
      try {
        if (statSync(path).size > 20_000_000) continue;
        text = readFileSync(path, 'utf8');
      } catch {
        continue;
      }
      for (const name of oldNames) if (new RegExp(`\\b${name}\\b`).test(text)) hits.push(`${file}: ${name}`);
    }
    expect(hits).toEqual([]);
  });

  it('warns once, naming them, when a model has labels outside its slot, and still labels with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-classifiers-own-model-'));
    writeMiniLmShapedModel({ outDir: dir, labels: ['toxic', 'rude', 'spam'], problemType: 'multi_label_classification', quantization: 'fp32', seed: 3, shape: TINY_SHAPE });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const first = pluginMeta({ modelDir: dir, threshold: '0' });
      await toxicity.setupPlugin(first);
      const second = pluginMeta({ modelDir: dir });
      await toxicity.setupPlugin(second);
      const outside = warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('outside the reference toxicity vocabulary'));
      expect(outside).toHaveLength(1);
      expect(outside[0]).toContain('rude, spam');
      const labeled = await toxicity.processEvent(llmEvent('hello', ''), first);
      expect(['toxic', 'rude', 'spam']).toContain(labeled.properties?.user_toxicity);
      await toxicity.teardownPlugin(first);
      await toxicity.teardownPlugin(second);
    } finally {
      warn.mockRestore();
    }
  });
});
