import { lookup } from 'node:dns/promises';
import nodeFetch from 'node-fetch';
import { VM } from 'vm2';
import { transformLikePostHog } from './posthog-transforms';

/**
 * A plugin loaded the way PostHog's plugin server loads one (plugin-server/src/worker/vm/vm.ts of PostHog/posthog):
 * the transformed main file runs in a vm2 `VM` (vm2 3.9.18, the version the 2024 plugin server pinned) with no
 * timers, and only what the server freezes into it: console, posthog, fetch, RetryError, URL, the host imports,
 * `__asyncGuard` and the plugin's meta. Each exported method gets `meta` appended and is raced against TASK_TIMEOUT.
 */

export interface PluginLogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

/**
 * `2024`: node-fetch 2, as plugin servers before mid-2025 froze in (its own `timeout` option limits a request);
 * `2025`: undici's fetch with every request's signal replaced by AbortSignal.timeout(EXTERNAL_REQUEST_TIMEOUT_MS), as
 * legacyFetch in plugin-server/src/utils/request.ts does; `plain`: a fetch that honours the plugin's own signal.
 */
export type HostFetch = '2024' | '2025' | 'plain';

export interface PluginVmOptions {
  config: Record<string, string>;
  hostFetch?: HostFetch;
  /** EXTERNAL_REQUEST_TIMEOUT_MS of a `2025` host (10 s by default). */
  externalRequestTimeoutMs?: number;
  /** PostHog's TASK_TIMEOUT in seconds (30 by default). */
  taskTimeoutSeconds?: number;
  /** PostHog's VM has no timers; a test may offer them to reach the plugin's own AbortController path. */
  withTimers?: boolean;
  availableImports?: Record<string, unknown>;
  /**
   * A plugin server in production (NODE_ENV neither dev nor test, no DEBUG): fetch refuses hosts that resolve to a
   * non-public IPv4 address with "Internal hostname" (plugin-server/src/utils/fetch.ts and request.ts).
   */
  productionAddressGuard?: boolean;
}

export interface PluginVm {
  methods: {
    setupPlugin?: () => Promise<void>;
    processEvent?: (event: unknown) => Promise<any>;
    teardownPlugin?: () => Promise<void>;
  };
  logs: PluginLogLine[];
  fetchCalls: () => number;
}

export class RetryError extends Error {}

/** Not a public unicast IPv4 address: "this network", private, shared (CGNAT), loopback, link-local, multicast, reserved. */
function isInternalIPv4(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || a >= 224 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168);
}

/** The guard as each host raises it: node-fetch's FetchError on 2024 servers, undici's "fetch failed" with a cause on 2025 ones. */
async function refuseInternalHost(kind: HostFetch, url: string): Promise<void> {
  const addresses = await lookup(new URL(url).hostname, { all: true });
  if (!addresses.some(({ address, family }) => family === 4 && isInternalIPv4(address))) return;
  if (kind === '2024') throw Object.assign(new Error(`request to ${url} failed, reason: Internal hostname`), { name: 'FetchError', type: 'system' });
  throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('Internal hostname'), { name: 'SecureRequestError' }) });
}

function hostFetch(kind: HostFetch, externalRequestTimeoutMs: number): (url: string, init?: Record<string, unknown>) => Promise<unknown> {
  if (kind === '2024') return (url, init) => nodeFetch(url, init as Parameters<typeof nodeFetch>[1]);
  if (kind === 'plain') return (url, init) => fetch(url, init as RequestInit);
  return (url, init = {}) => fetch(url, { ...init, signal: AbortSignal.timeout(externalRequestTimeoutMs) } as RequestInit);
}

/** PostHog's async guard: the promise, or a TimeoutError after TASK_TIMEOUT (the timer is cleared once settled). */
function asyncGuard(taskTimeoutSeconds: number) {
  return (promise: unknown, name?: string): Promise<unknown> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`Script execution timed out after promise waited for ${taskTimeoutSeconds} second${taskTimeoutSeconds === 1 ? '' : 's'}`), { name: 'TimeoutError', caller: name })), taskTimeoutSeconds * 1000);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };
}

export function loadPluginInVm(source: string, options: PluginVmOptions): PluginVm {
  const taskTimeoutSeconds = options.taskTimeoutSeconds ?? 30;
  const availableImports = options.availableImports ?? {};
  const code = transformLikePostHog(source, { availableImports, taskTimeoutSeconds });
  const logs: PluginLogLine[] = [];
  const say = (level: PluginLogLine['level']) => (...parts: unknown[]) => void logs.push({ level, text: parts.map(String).join(' ') });
  let fetchCalls = 0;
  const fetchKind = options.hostFetch ?? '2024';
  const unguarded = hostFetch(fetchKind, options.externalRequestTimeoutMs ?? 10_000);
  const guarded = async (url: string, init?: Record<string, unknown>): Promise<unknown> => {
    await refuseInternalHost(fetchKind, url);
    return unguarded(url, init);
  };
  const fetchInHost = options.productionAddressGuard ? guarded : unguarded;
  const guard = asyncGuard(taskTimeoutSeconds);

  const vm = new VM({ timeout: taskTimeoutSeconds * 1000 + 1, sandbox: {} });
  vm.freeze({ log: say('log'), info: say('info'), warn: say('warn'), error: say('error'), debug: say('debug') }, 'console');
  vm.freeze({ capture: () => undefined, api: {} }, 'posthog');
  vm.freeze((url: string, init?: Record<string, unknown>) => {
    fetchCalls++;
    return fetchInHost(url, init);
  }, 'fetch');
  vm.freeze(availableImports, '__pluginHostImports');
  vm.freeze(RetryError, 'RetryError');
  vm.freeze(URL, 'URL');
  vm.freeze(guard, '__asyncGuard');
  vm.freeze({ config: options.config, attachments: {}, cache: {}, storage: {}, utils: {} }, '__pluginHostMeta');
  if (options.withTimers) {
    vm.freeze(setTimeout, 'setTimeout');
    vm.freeze(clearTimeout, 'clearTimeout');
    vm.freeze(AbortController, 'AbortController');
  }
  vm.run(`
    const module = { exports: {} };
    let exports = {};
    ${code};
  `);
  // As PostHog does: the guard is passed in as an argument, so a plugin overwriting the global one changes nothing.
  const methods = vm.run(`
    ((__asyncGuard) => {
      const exportDestinations = [exports, exports.default, module.exports].filter((d) => typeof d === 'object');
      if (!exportDestinations.find((d) => Object.keys(d).length > 0)) exportDestinations.push(global);
      const getExported = (key) => exportDestinations.find((d) => d[key])?.[key];
      const meta = { ...__pluginHostMeta, global: {} };
      const bindMeta = (key) => { const func = getExported(key); return func ? (...args) => func(...args, meta) : undefined };
      const guarded = (func, name) => (func ? (...args) => __asyncGuard(func(...args), name) : func);
      return {
        setupPlugin: guarded(bindMeta('setupPlugin'), 'setupPlugin'),
        teardownPlugin: guarded(bindMeta('teardownPlugin'), 'teardownPlugin'),
        processEvent: guarded(bindMeta('processEvent'), 'processEvent'),
      };
    })
  `)(guard);
  return { methods, logs, fetchCalls: () => fetchCalls };
}
