import type { PluginEvent } from '@posthog/plugin-scaffold';
import { remotePluginOutputs } from '../../sandbox/remote-plugin-builds';
import { renderMainFile } from '../../sandbox/render-main-file';
import { loadPluginInVm } from '../posthog-vm/plugin-vm';
import { percentile } from '../suite-throughput';

export interface PluginCost {
  server: string;
  events: number;
  /** Wall time of all events, one after another (the worst case: nothing overlaps a wait). */
  totalMs: number;
  meanMs: number;
  p99Ms: number;
  /** Requests the plugin sent: with the breaker open, events go on without one. */
  requests: number;
  labeled: number;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * What each event costs in PostHog's plugin VM (vm2, the 2024 host's node-fetch) through the suite's remote plugin:
 * events one after another, each timed from processEvent called to event returned.
 */
export async function measurePluginCost(server: string, serverUrl: string, events: readonly PluginEvent[], serverTimeoutMs: number): Promise<PluginCost> {
  const suite = remotePluginOutputs().find((output) => output.folder === 'suite');
  if (!suite) throw new Error('no suite remote plugin');
  const plugin = loadPluginInVm(renderMainFile(suite.build), { config: { serverUrl, serverTimeoutMs: String(serverTimeoutMs) }, hostFetch: '2024' });
  await plugin.methods.setupPlugin?.();
  const requestsAtStart = plugin.fetchCalls();
  const costs: number[] = [];
  let labeled = 0;
  const started = performance.now();
  for (const original of events) {
    const event = structuredClone(original);
    const before = Object.keys(event.properties ?? {}).length;
    const sent = performance.now();
    const result = await plugin.methods.processEvent?.(event);
    costs.push(performance.now() - sent);
    if (Object.keys(result?.properties ?? {}).length > before) labeled++;
  }
  const totalMs = performance.now() - started;
  const sorted = [...costs].sort((a, b) => a - b);
  return { server, events: events.length, totalMs: Math.round(totalMs), meanMs: round(totalMs / events.length), p99Ms: round(percentile(sorted, 0.99)), requests: plugin.fetchCalls() - requestsAtStart, labeled };
}
