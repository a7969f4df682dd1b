import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureModel } from '../helpers/fixture-models';
import { PACKAGE_DIR, ensureBuiltCli, runCli } from './cli-harness';

beforeAll(() => ensureBuiltCli());

describe('llm-classify demo', () => {
  it('labels the shipped sample conversation and prints a table, saying when fixture models stand in', async () => {
    const sample = readFileSync(join(PACKAGE_DIR, 'cli', 'demo', 'sample-events.jsonl'), 'utf8').trim().split('\n');
    expect(sample.length).toBeGreaterThanOrEqual(45);
    const result = await runCli(['demo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^#\s+event\s+side\s+text\s+emotion\s+toxicity\s+flow$/m);
    expect(result.stdout).toMatch(/\$ai_generation\s+user/);
    expect(result.stdout).toMatch(new RegExp(`${sample.length} lines read`));
    const defaultsInstalled = ['emotion', 'toxicity', 'user-flow', 'agent-flow'].every((name) => existsSync(join(PACKAGE_DIR, 'models', `default-${name}`, 'config.json')));
    if (!defaultsInstalled) {
      expect(result.stdout).toMatch(/NOTICE: .*not installed, so the test-only fixture models stand in/);
      expect(result.stdout).toMatch(/ILLUSTRATIVE/);
      // The trigger words of the sample give varied labels on every classifier.
      for (const label of ['gratitude', 'anger', 'toxicity', 'agent_apology_error_mistake', 'user_greets']) expect(result.stdout).toContain(label);
    }
  });
});

describe('llm-classify eval', () => {
  it('prints one JSON object with n, macro/micro F1 and per-label metrics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-classify-eval-'));
    const data = join(dir, 'toxicity.jsonl');
    const rows = [
      { text: 'you idiot', labels: ['toxicity', 'insult'] },
      { text: 'what a loser', labels: ['toxicity', 'insult'] },
      { text: 'have a nice day', labels: [] },
      { text: 'that is dumb', labels: ['toxicity'] },
    ];
    writeFileSync(data, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    const result = await runCli(['eval', '--model', fixtureModel('toxicity'), '--data', data]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ n: 4, thresholds: '0.5', no_label_class: 'non_toxic', no_label_class_averaged: false });
    // "dumb" scores 0.4 < 0.5: toxicity has 2 of 3 found, no false positive.
    expect(report.per_label.toxicity).toEqual({ precision: 1, recall: 0.6667, f1: 0.8, support: 3 });
    expect(report.per_label.insult).toEqual({ precision: 1, recall: 1, f1: 1, support: 2 });
    expect(report.per_label.non_toxic.support).toBe(1);
    expect(report.macro_f1).toBeCloseTo((0.8 + 1) / 2, 3);

    const single = join(dir, 'flow.jsonl');
    writeFileSync(single, `${JSON.stringify({ text: 'hello', labels: ['user_greets'] })}\n${JSON.stringify({ text: 'the sky', labels: [] })}\n`);
    const flow = JSON.parse((await runCli(['eval', '--model', fixtureModel('user-flow'), '--data', single, '--threshold', '0.3'])).stdout);
    expect(flow).toMatchObject({ n: 2, no_label_class: 'OTHER', no_label_class_averaged: true, macro_f1: 1 });

    const unknown = await runCli(['eval', '--model', fixtureModel('toxicity'), '--data', writeAndReturn(join(dir, 'bad.jsonl'), '{"text": "x", "labels": ["rude"]}\n')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/line 1: label "rude" is not an output of the model/);
  });
});

function writeAndReturn(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}
