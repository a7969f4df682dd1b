import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODEL_SLOTS } from '../../modelgen/model-slots';
import { CLASSIFIER_SPECS } from '../../plugins/classifier-specs';
import { createClassifierPlugin, propertyNames } from '../../shared';
import { llmEvent } from '../helpers/events';
import { type FixtureFolder, fixtureModel } from '../helpers/fixture-models';
import { PACKAGE_DIR, ensureBuiltCli, runCli } from './cli-harness';

beforeAll(() => ensureBuiltCli());

describe('llm-classify demo', () => {
  it('labels the shipped sample conversation with the shipped default models and prints a table', async () => {
    const sample = readFileSync(join(PACKAGE_DIR, 'cli', 'demo', 'sample-events.jsonl'), 'utf8').trim().split('\n');
    expect(sample.length).toBeGreaterThanOrEqual(45);
    const result = await runCli(['demo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^#\\s+event\\s+side\\s+text\\s+${CLASSIFIER_SPECS.map((spec) => spec.name).join('\\s+')}$`, 'm'));
    expect(result.stdout).toMatch(/\$ai_generation\s+user/);
    expect(result.stdout).toMatch(new RegExp(`${sample.length} lines read`));
    expect(result.stdout).not.toMatch(/NOTICE|fixture/i);
    // The README's excerpt is this output, row for row: a retrained model or a new column shows up as a failure here.
    const readme = readFileSync(join(PACKAGE_DIR, 'README.md'), 'utf8');
    const excerpt = /```\n(#\s+event\s+side[^]*?)```/.exec(readme)?.[1].trimEnd().split('\n') ?? [];
    const printed = result.stdout.split('\n').map((line) => line.trimEnd());
    expect(excerpt.length).toBeGreaterThan(4);
    expect(excerpt.filter((line) => !printed.includes(line))).toEqual([]);
  });
});

describe('llm-classify eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'llm-classify-eval-'));
  const jsonl = (name: string, rows: object[]): string => {
    const path = join(dir, name);
    writeFileSync(path, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    return path;
  };

  it('scores the label the plugin writes, with the classifier inferred from the model labels', async () => {
    const data = jsonl('toxicity.jsonl', [
      { text: 'you idiot', labels: ['toxic', 'insult'] },
      { text: 'what a loser', labels: ['toxic', 'insult'] },
      { text: 'have a nice day', labels: [] },
      { text: 'that is dumb', labels: ['toxic'] },
    ]);
    const result = await runCli(['eval', '--model', fixtureModel('toxicity'), '--data', data]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ n: 4, classifier: 'toxicity', thresholds: 'toxicity default 0.5', fallback_label: 'non_toxic', fallback_label_averaged: false });
    // The written label is the top passing label: idiot -> toxic (0.95 over insult 0.8), loser -> insult (0.95 over toxic 0.9);
    // "dumb" scores 0.4 < 0.5, so non_toxic is written.
    expect(report.per_label.toxic).toEqual({ precision: 1, recall: 0.3333, f1: 0.5, support: 3 });
    expect(report.per_label.insult).toEqual({ precision: 1, recall: 0.5, f1: 0.6667, support: 2 });
    expect(report.per_label.non_toxic).toMatchObject({ precision: 0.5, recall: 1, support: 1 });
    // Something toxic written for 2 of the 3 toxic texts, nothing for the benign one.
    expect(report.any_label).toEqual({ precision: 1, recall: 0.6667, f1: 0.8, support: 3 });
    expect(report.label_list.per_label.toxic).toEqual({ precision: 1, recall: 0.6667, f1: 0.8, support: 3 });
  });

  it('uses the flow rule: OTHER is averaged in and never wins over a passing label; --classifier picks the slot', async () => {
    const data = jsonl('flow.jsonl', [{ text: 'goodbye', labels: ['user_goodbye'] }, { text: 'the sky', labels: [] }, { text: 'maybe', labels: ['OTHER'] }]);
    const flow = JSON.parse((await runCli(['eval', '--model', fixtureModel('user-flow'), '--data', data, '--classifier', 'user-flow'])).stdout);
    expect(flow).toMatchObject({ n: 3, classifier: 'user-flow', fallback_label: 'OTHER', fallback_label_averaged: true, macro_f1: 1 });
    expect(flow.label_list).toBeUndefined();
    const lowered = JSON.parse((await runCli(['eval', '--model', fixtureModel('user-flow'), '--data', data, '--threshold', '0.2'])).stdout);
    // At 0.2 "maybe" (more_listing_or_expand 0.25) passes and is written instead of OTHER.
    expect(lowered.per_label.more_listing_or_expand).toMatchObject({ precision: 0, support: 0 });
  });

  it('refuses labels the model does not have, and a --classifier that does not exist', async () => {
    const unknown = await runCli(['eval', '--model', fixtureModel('toxicity'), '--data', jsonl('bad.jsonl', [{ text: 'x', labels: ['rude'] }])]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/line 1: label "rude" is not an output of the model/);
    const wrongClassifier = await runCli(['eval', '--model', fixtureModel('toxicity'), '--data', jsonl('ok.jsonl', [{ text: 'x', labels: [] }]), '--classifier', 'sentiment']);
    expect(wrongClassifier.code).toBe(2);
    expect(wrongClassifier.stderr).toMatch(/--classifier must be one of emotion, toxicity, user-flow, agent-flow/);
  });

  it.each(MODEL_SLOTS.map((slot) => [slot.id]))('writes the same %s labels as processEvent on the same texts', async (slotId) => {
    const slot = MODEL_SLOTS.find((candidate) => candidate.id === slotId)!;
    const spec = CLASSIFIER_SPECS.find((candidate) => candidate.models.includes(slot))!;
    const side = slot.sides[0];
    const words = Object.keys(slot.fixture.triggers);
    const texts = [...words, ...words.map((word, index) => `${word} and ${words[(index + 3) % words.length]}`), 'nothing to see here', words.join(' ')];
    const predictions = join(dir, `${slotId}-predictions.jsonl`);
    const result = await runCli(['eval', '--model', fixtureModel(slotId as FixtureFolder), '--data', jsonl(`${slotId}.jsonl`, texts.map((text) => ({ text, labels: [] }))), '--predictions', predictions]);
    expect(result.code).toBe(0);
    const evalLabels = readFileSync(predictions, 'utf8').trim().split('\n').map((line) => JSON.parse(line).label);

    const plugin = createClassifierPlugin({ specs: [spec] });
    const settings = Object.fromEntries(spec.models.map((candidate) => [candidate.settingKey, fixtureModel(candidate.id as FixtureFolder)]));
    const meta = { config: { ...settings, classifySides: side }, global: {} };
    await plugin.setupPlugin(meta);
    const events = texts.map((text) => (side === 'user' ? llmEvent(text, 'unused') : llmEvent('unused', text)));
    const labeled = await Promise.all(events.map((event) => plugin.processEvent(event, meta)));
    await plugin.teardownPlugin(meta);
    const pluginLabels = labeled.map((event) => event.properties?.[propertyNames(spec, side).label]);
    expect(evalLabels).toEqual(pluginLabels);
    expect(new Set(evalLabels).size).toBeGreaterThan(2);
  });
});
