import { isDeepStrictEqual } from 'node:util';
import { type InferenceServer, type InferenceServerOptions, startInferenceServer } from '../../server';
import { FIXTURE_SETTINGS } from '../helpers/fixture-models';

/** A real server on 127.0.0.1 with a free port, every classifier on the fixture models, logs kept for assertions. */
export async function startFixtureServer(options: InferenceServerOptions = {}): Promise<InferenceServer & { logs: string[] }> {
  const logs: string[] = [];
  const server = await startInferenceServer({ port: 0, log: (line) => logs.push(line), ...options, settings: { ...FIXTURE_SETTINGS.suite, ...options.settings } });
  await server.ready;
  return Object.assign(server, { logs });
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** The value of one sample of a Prometheus text page, by metric name and a label subset. */
export function metricValue(page: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of page.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const matches = Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`));
    if (matches) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

/** The properties in-process processEvent added: what the server must answer for the same event. */
export function addedBy(original: { properties?: Record<string, unknown> }, labeled: { properties?: Record<string, unknown> }): Record<string, unknown> {
  const before = original.properties ?? {};
  return Object.fromEntries(Object.entries(labeled.properties ?? {}).filter(([key, value]) => !(key in before) || !isDeepStrictEqual(before[key], value)));
}
