import http from 'node:http';
import type { BenchRequest } from './bench-payloads';

export interface LoadResult {
  /** Milliseconds per request, sorted. */
  latenciesMs: number[];
  seconds: number;
  failures: number;
}

function send(agent: http.Agent, base: URL, request: BenchRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ hostname: base.hostname, port: base.port, path: request.path, method: 'POST', headers: { ...request.headers, 'content-length': String(request.body.length) }, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** Sends `requests` to `url` from `concurrency` clients (each sends its next request when its last one is answered). */
export async function runLoad(url: string, requests: readonly BenchRequest[], concurrency: number): Promise<LoadResult> {
  const base = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latenciesMs: number[] = [];
  let failures = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  const client = async (): Promise<void> => {
    while (next < requests.length) {
      const request = requests[next++];
      const sent = process.hrtime.bigint();
      const status = await send(agent, base, request).catch(() => 0);
      latenciesMs.push(Number(process.hrtime.bigint() - sent) / 1e6);
      if (status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { latenciesMs: latenciesMs.sort((a, b) => a - b), seconds, failures };
}
