import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProxyCommand } from '../../cli/proxy/proxy-command';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';
import { captureEvents, startRecordingUpstream } from './gateway-helpers';
import { captureOutput } from '../helpers/capture-output';

describe('llm-classify proxy (runProxyCommand)', () => {
  it('takes serve\'s settings from --config and flags, labels through the upstream, and drains and exits 0 on SIGTERM', async () => {
    const upstream = await startRecordingUpstream();
    const folder = mkdtempSync(join(tmpdir(), 'proxy-command-'));
    const settingsFile = join(folder, 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ ...FIXTURE_SETTINGS.suite, toxicityEnabled: 'no' }));
    const output = captureOutput();
    try {
      const exit = runProxyCommand(['--upstream', upstream.url, '--port', '0', '--config', settingsFile, '--emotion-threshold', '0.99', '--label-timeout-ms', '1500']);
      while (!output.stdout.join('').includes('listening on')) await new Promise((resolve) => setTimeout(resolve, 10));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+), forwarding to/.exec(output.stdout.join(''))?.[1] ?? '';
      while ((await fetch(`${url}/readyz`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
      const body = JSON.stringify({ api_key: 'phc_cli', batch: [{ event: 'llm-task', properties: { $llm_input: 'happy, you idiot', $llm_output: 'sorry' } }] });
      expect((await fetch(`${url}/batch/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(200);
      const [event] = captureEvents(upstream.requests[0]);
      // 0.95 for "happy" is under --emotion-threshold 0.99; toxicityEnabled "no" came from the file.
      expect(event.properties.user_emotion).toBe('neutral');
      expect(event.properties).not.toHaveProperty('user_toxicity');
      expect(event.properties.agent_flow).toBe('agent_apology_error_mistake');
      process.emit('SIGTERM', 'SIGTERM');
      await expect(exit).resolves.toBe(0);
      expect(output.stderr.join('')).toContain('SIGTERM: no new requests');
      expect(output.stderr.join('')).not.toContain('idiot');
    } finally {
      output.restore();
      await upstream.close();
    }
  });

  it('prints its help, and refuses a missing or unusable --upstream and bad numbers, naming them', async () => {
    const output = captureOutput();
    try {
      await expect(runProxyCommand(['--help'])).resolves.toBe(0);
      expect(output.stdout.join('')).toContain('Usage: llm-classify proxy --upstream URL');
      expect(output.stdout.join('')).toContain('--label-timeout-ms');
      await expect(runProxyCommand(['--port', '0'])).rejects.toThrow('proxy needs --upstream URL');
      await expect(runProxyCommand(['--upstream', 'eu.i.posthog.com', '--port', '0'])).rejects.toThrow('--upstream must be an http:// or https:// URL');
      await expect(runProxyCommand(['--upstream', 'https://user:secret@eu.i.posthog.com', '--port', '0'])).rejects.toThrow('must not hold a user name or password');
      await expect(runProxyCommand(['--upstream', 'https://eu.i.posthog.com', '--label-timeout-ms', '0'])).rejects.toThrow('--label-timeout-ms must be a whole number from 1 to 60000, got "0"');
    } finally {
      output.restore();
    }
  });
});
