import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runServeCommand } from '../../cli/serve/serve-command';
import { llmEvent } from '../helpers/events';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { postJson } from './server-helpers';
import { captureOutput } from '../helpers/capture-output';

describe('llm-classify serve (runServeCommand)', () => {
  it('serves with a settings file, prints the bound address, and drains and exits 0 on SIGTERM', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'serve-command-'));
    const settingsFile = join(folder, 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ ...FIXTURE_SETTINGS.suite, toxicityEnabled: false }));
    const output = captureOutput();
    try {
      const exit = runServeCommand(['--port', '0', '--config', settingsFile, '--emotion-threshold', '0.5']);
      while (!output.stdout.join('').includes('listening on')) await new Promise((resolve) => setTimeout(resolve, 10));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.stdout.join(''))?.[1] ?? '';
      while ((await fetch(`${url}/readyz`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
      const answer = await postJson(`${url}/v1/process`, { event: llmEvent('pleased, you idiot', '') });
      expect(answer.body.properties.user_emotion).toBe('neutral');
      expect(answer.body.properties).not.toHaveProperty('user_toxicity');
      process.emit('SIGTERM', 'SIGTERM');
      await expect(exit).resolves.toBe(0);
      expect(output.stderr.join('')).toContain('SIGTERM: no new requests; finishing in-flight ones');
      expect(output.stderr.join('')).not.toContain('idiot');
    } finally {
      output.restore();
    }
  });

  it('prints its help, and refuses unknown options and bad numbers naming them', async () => {
    const output = captureOutput();
    try {
      await expect(runServeCommand(['--help'])).resolves.toBe(0);
      expect(output.stdout.join('')).toContain('Usage: llm-classify serve');
      await expect(runServeCommand(['--prot', '80'])).rejects.toThrow('unknown option --prot');
      await expect(runServeCommand(['--port', '99999'])).rejects.toThrow('--port must be a whole number from 0 to 65535, got "99999"');
    } finally {
      output.restore();
    }
  });

  it('exits 2 naming the setting when a server setting is bad, 1 when a model folder is missing', async () => {
    const output = captureOutput();
    try {
      await expect(runServeCommand(['--port', '0', '--emotion-threshold', '2'])).resolves.toBe(2);
      expect(output.stderr.join('')).toContain('emotionThreshold must be a number from 0 to 1');
      await expect(runServeCommand(['--port', '0', '--toxicity-model', '/nonexistent-model-folder'])).resolves.toBeGreaterThan(0);
      expect(output.stderr.join('')).toContain('/nonexistent-model-folder');
    } finally {
      output.restore();
    }
  });
});
