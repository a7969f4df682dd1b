import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../shared';

export interface ServeProcess {
  url: string;
  stop(): Promise<void>;
}

/** `llm-classify serve` in its own process on a free loopback port, as an operator runs it; resolves once /readyz is 200. */
export async function startServeProcess(extraArgs: readonly string[] = []): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(packageRoot(), 'dist', 'cli', 'main.js'), 'serve', '--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`llm-classify serve exited with ${code} before listening: ${stderr.trim().split('\n').pop() ?? ''}`)));
  });
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then((response) => response.status, () => 0);
    if (ready === 200) break;
    if (child.exitCode !== null) throw new Error(`llm-classify serve exited while loading models: ${stderr.trim().split('\n').pop() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
