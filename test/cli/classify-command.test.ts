import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_MODEL_FLAGS, fixtureModel } from '../helpers/fixture-models';
import { CLI, PACKAGE_DIR, ensureBuiltCli, runCli } from './cli-harness';

const FIXTURE_FLAGS = FIXTURE_MODEL_FLAGS;
// Appears only inside events: it must never reach stderr.
const SECRET = 'my-secret-diary-entry-7781';

const llmTask = (id: string, input: unknown, output: unknown): Record<string, unknown> => ({ event: 'llm-task', distinct_id: 'u1', uuid: id, properties: { $llm_input: input, $llm_output: output, $session_id: 's1' } });
const aiGeneration = (id: string, user: string, assistant: string): Record<string, unknown> => ({
  event: '$ai_generation',
  distinct_id: 'u2',
  uuid: id,
  properties: { $ai_input: [{ role: 'system', content: 'be brief' }, { role: 'user', content: user }], $ai_output_choices: [{ role: 'assistant', content: assistant }] },
});

let workDir: string;
const file = (name: string, text: string): string => {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
};
const parseLines = (stdout: string): string[] => stdout.split('\n').slice(0, -1);

beforeAll(() => {
  ensureBuiltCli();
  workDir = mkdtempSync(join(tmpdir(), 'llm-classify-cli-'));
});

describe('llm-classify classify', () => {
  it('labels JSON Lines, keeps malformed and non-LLM lines in place, and counts them', async () => {
    const input = [
      JSON.stringify(llmTask('e1', [{ role: 'user', content: 'hello' }, { role: 'assistant', content: 'hi' }, { role: 'user', content: 'I am so happy, thanks' }], 'sorry, that was wrong')),
      `{"event": "llm-task", "properties": {"$llm_input": "${SECRET}"`,
      JSON.stringify({ event: '$pageview', distinct_id: 'u1', properties: { $current_url: 'https://example.com' } }),
      '',
      JSON.stringify(aiGeneration('e2', 'you idiot', 'I cannot help with that')),
      '42',
    ];
    const result = await runCli(['classify', file('mixed.jsonl', `${input.join('\n')}\n`), ...FIXTURE_FLAGS]);
    expect(result.code).toBe(0);
    const lines = parseLines(result.stdout);
    expect(lines).toHaveLength(input.length);
    const first = JSON.parse(lines[0]);
    expect(first.properties).toMatchObject({ user_emotion: 'gratitude', user_flow: 'agrees_praising_thanking', agent_flow: 'agent_apology_error_mistake', user_toxicity: 'non_toxic' });
    expect(first.properties).toMatchObject({ user_topic: 'other' });
    expect(first.properties).not.toHaveProperty('agent_topic');
    expect(lines[1]).toBe(input[1]);
    expect(lines[2]).toBe(input[2]);
    expect(lines[3]).toBe('');
    expect(JSON.parse(lines[4]).properties).toMatchObject({ user_toxicity: 'toxic', agent_flow: 'agent_refuses_answer' });
    expect(lines[5]).toBe('42');
    expect(result.stderr).toMatch(/6 lines read, 3 events: 2 classified, 1 passed through, 1 invalid lines kept as they were, 1 non-event JSON values kept, 1 blank lines kept/);
    expect(result.stderr).toMatch(/user_toxicity\s+non_toxic 1, toxic 1/);
    expect(result.stderr).not.toContain(SECRET);
  });

  it('reads one JSON array and writes JSON Lines', async () => {
    const events = [llmTask('a1', 'I feel sad today', 'I am sorry to hear that'), aiGeneration('a2', 'goodbye then', 'welcome!')];
    const result = await runCli(['classify', file('events.json', `  \n${JSON.stringify(events, null, 2)}\n`), ...FIXTURE_FLAGS]);
    expect(result.code).toBe(0);
    const lines = parseLines(result.stdout).map((line) => JSON.parse(line));
    expect(lines.map((event) => event.uuid)).toEqual(['a1', 'a2']);
    expect(lines[0].properties.user_emotion).toBe('sadness');
    expect(lines[1].properties).toMatchObject({ user_flow: 'user_goodbye', agent_flow: 'success_and_followup_assistance' });
  });

  it('reads stdin with "-" and writes --out FILE', async () => {
    const out = join(workDir, 'from-stdin.jsonl');
    const stdin = `${JSON.stringify(llmTask('s1', 'I am furious', 'sorry'))}\n`;
    const result = await runCli(['classify', '-', '--out', out, '--quiet', ...FIXTURE_FLAGS], { stdin });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).properties.user_emotion).toBe('anger');
  });

  it('keeps input order with many events in flight and batches of mixed lengths', async () => {
    const words = ['happy', 'furious', 'idiot', 'thanks', 'sorry', 'okay', 'sad'];
    const events = Array.from({ length: 400 }, (_, i) => llmTask(`o${i}`, `${'filler words here '.repeat(i % 37)} ${words[i % words.length]}`, i % 3 === 0 ? 'sorry about that' : 'welcome'));
    const result = await runCli(['classify', file('order.jsonl', `${events.map((event) => JSON.stringify(event)).join('\n')}\n`), '--concurrency', '64', '--max-batch-size', '7', '--batch-wait-ms', '1', ...FIXTURE_FLAGS]);
    expect(result.code).toBe(0);
    const output = parseLines(result.stdout).map((line) => JSON.parse(line));
    expect(output.map((event) => event.uuid)).toEqual(events.map((event) => event.uuid));
    expect(output[1].properties.user_emotion).toBe('anger');
    expect(output[2].properties.user_toxicity).toBe('toxic');
  });

  it('runs only the classifiers named by --plugins', async () => {
    const result = await runCli(['classify', file('plugins.jsonl', `${JSON.stringify(llmTask('p1', 'happy idiot', 'thanks'))}\n`), '--plugins', 'toxicity', '--no-scores', ...FIXTURE_FLAGS]);
    expect(result.code).toBe(0);
    const properties = JSON.parse(result.stdout).properties;
    expect(properties).toMatchObject({ user_toxicity: 'toxic', agent_toxicity: 'non_toxic' });
    expect(Object.keys(properties).filter((key) => /emotion|flow|score/.test(key))).toEqual([]);
  });

  it('takes plugin settings from --config, with flags winning', async () => {
    const config = file('settings.json', JSON.stringify({ emotionThreshold: '0.5', toxicityThreshold: 0.35, classifySides: 'user', flowEnabled: false }));
    const input = file('config.jsonl', `${JSON.stringify(llmTask('c1', 'pleased but dumb', 'happy'))}\n`);
    const fromFile = await runCli(['classify', input, '--config', config, ...FIXTURE_FLAGS]);
    expect(fromFile.code).toBe(0);
    const properties = JSON.parse(fromFile.stdout).properties;
    expect(properties).toMatchObject({ user_emotion: 'neutral', user_toxicity: 'toxic' });
    expect(properties.agent_emotion).toBeUndefined();
    expect(properties.user_flow).toBeUndefined();
    const flagWins = await runCli(['classify', input, '--config', config, '--emotion-threshold', '0.3', ...FIXTURE_FLAGS]);
    expect(JSON.parse(flagWins.stdout).properties.user_emotion).toBe('joy');
  });

  it.each([
    [['--threshold', '2'], /emotionThreshold must be a number from 0 to 1.*got "2" \(set by --threshold\)/],
    [['--plugins', 'emotion,sentiment'], /--plugins: unknown classifier "sentiment"; choose from emotion, toxicity, flow/],
    [['--sides', 'everyone'], /classifySides must be one of "both", "user", "agent", got "everyone" \(set by --sides\)/],
    [['--execution-provider', 'tpu'], /executionProvider must be one of/],
    [['--emotion-model', '/nonexistent/model'], /model folder \/nonexistent\/model does not exist/],
    [['--frobnicate'], /unknown option --frobnicate for `llm-classify classify`/],
    [['--concurrency', '0'], /--concurrency must be a whole number from 1 to 4096, got "0"/],
  ])('refuses unusable settings %j with exit code 2 and one line naming them', async (flags, message) => {
    const result = await runCli(['classify', file('ok.jsonl', `${JSON.stringify(llmTask('x', SECRET, 'fine'))}\n`), ...FIXTURE_FLAGS, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain(SECRET);
  });

  it('refuses unusable input and config files without quoting their content', async () => {
    const missing = await runCli(['classify', join(workDir, 'nope.jsonl'), ...FIXTURE_FLAGS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/input file .*nope\.jsonl cannot be read \(ENOENT\)/);

    const brokenArray = await runCli(['classify', file('broken.json', `[{"event": "llm-task", "properties": {"$llm_input": "${SECRET}"}`), ...FIXTURE_FLAGS]);
    expect(brokenArray.code).toBe(2);
    expect(brokenArray.stderr).toMatch(/starts with "\[" so it was read as one JSON array, but it is not valid JSON/);
    expect(brokenArray.stderr).not.toContain(SECRET);

    const unknownKey = await runCli(['classify', file('ok2.jsonl', '{}\n'), '--config', file('bad-settings.json', '{"threshold": "0.4"}'), ...FIXTURE_FLAGS]);
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.stderr).toMatch(/unknown setting "threshold".*emotionThreshold/);
  });

  it('explains the missing default models', async () => {
    const result = await runCli(['classify', file('defaults.jsonl', '{}\n')], { env: { LLM_CLASSIFY_MODELS_DIR: workDir } });
    // Passes once the default models ship: then the run simply succeeds.
    if (result.code === 0) return;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/default models are not installed.*llm-classify models download/);
  });

  it('prints help for every command', async () => {
    for (const args of [['--help'], ['classify', '--help'], ['models', '--help'], ['models', 'download', '--help'], ['models', 'list', '--help'], ['demo', '--help'], ['eval', '--help']]) {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: llm-classify/);
    }
  });

  it('writes lines that are not valid UTF-8 through byte for byte', async () => {
    const event = Buffer.from(`${JSON.stringify(llmTask('u1', 'I am so happy', 'welcome'))}\n`, 'utf8');
    // Invalid bytes inside a JSON string, a lone continuation byte, an overlong encoding, and a truncated sequence at the end.
    const broken = [Buffer.concat([Buffer.from('{"event": "llm-task", "properties": {"$llm_input": "caf'), Buffer.from([0xe9]), Buffer.from('"}}')]), Buffer.from([0x80, 0x41, 0xc0, 0xaf, 0x0d]), Buffer.from([0x7b, 0xe2, 0x82])];
    const input = Buffer.concat([broken[0], Buffer.from('\n'), event, broken[1], Buffer.from('\n'), broken[2]]);
    const path = join(workDir, 'latin1.jsonl');
    writeFileSync(path, input);
    const out = join(workDir, 'latin1-out.jsonl');
    const result = await runCli(['classify', path, '--out', out, ...FIXTURE_FLAGS]);
    expect(result.code).toBe(0);
    const output = readFileSync(out);
    const lines = [];
    for (let start = 0, end = output.indexOf(0x0a); end >= 0; start = end + 1, end = output.indexOf(0x0a, start)) lines.push(output.subarray(start, end));
    expect(lines).toHaveLength(4);
    expect(lines[0].equals(broken[0])).toBe(true);
    expect(JSON.parse(lines[1].toString('utf8')).properties.user_emotion).toBe('joy');
    expect(lines[2].equals(broken[1])).toBe(true);
    expect(lines[3].equals(broken[2])).toBe(true);
    expect(result.stderr).toMatch(/4 lines read, 1 events: 1 classified, 0 passed through, 3 invalid lines kept as they were/);
  });

  it('removes the partial output a run killed with SIGKILL left behind, and never a live run\'s', async () => {
    const out = join(workDir, 'killed.jsonl');
    const partials = (): string[] => readdirSync(workDir).filter((name) => name.startsWith('killed.jsonl.partial-'));
    /** A run reading stdin that never ends: it has opened its partial file and waits. */
    const stuckRun = async () => {
      const child = spawn(process.execPath, [CLI, 'classify', '-', '--out', out, ...FIXTURE_FLAGS], { cwd: PACKAGE_DIR, stdio: ['pipe', 'ignore', 'ignore'] });
      const partial = `killed.jsonl.partial-${child.pid}`;
      while (!existsSync(join(workDir, partial))) await new Promise((resolve) => setTimeout(resolve, 20));
      return { child, partial, killed: new Promise((resolve) => child.once('exit', resolve)) };
    };
    const live = await stuckRun();
    try {
      const killed = await stuckRun();
      killed.child.kill('SIGKILL');
      await killed.killed;
      expect(partials().sort()).toEqual([killed.partial, live.partial].sort());

      const stdin = `${JSON.stringify(llmTask('k1', 'I am furious', 'sorry'))}\n`;
      const result = await runCli(['classify', '-', '--out', out, ...FIXTURE_FLAGS], { stdin });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('removed 1 partial output file(s) left by earlier runs that were killed');
      expect(partials()).toEqual([live.partial]);
      expect(JSON.parse(readFileSync(out, 'utf8')).properties.user_emotion).toBe('anger');
    } finally {
      live.child.kill('SIGKILL');
      await live.killed;
    }
  });
});
