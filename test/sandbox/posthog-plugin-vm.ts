import { transform } from '@babel/standalone';
import { createContext, runInContext } from 'node:vm';

/**
 * A stand-in for PostHog's plugin sandbox (plugin-server/src/worker/vm/vm.ts and transforms/), close enough to
 * catch what breaks there: the same Babel options, an import whitelist that throws "Cannot import ...", the
 * same globals (console, posthog, fetch, RetryError, URL, and no timers), the same module wrapper, and each
 * exported method called with `meta` appended and raced against the task timeout.
 */

// PostHog's replaceImports transform, reduced to its refusal: our remote plugins must import nothing.
const replaceImports = (available: Record<string, unknown>) => ({ types: t }: { types: any }) => ({
  visitor: {
    ImportDeclaration: {
      exit(path: any) {
        const source = path.node.source.value as string;
        if (available[source] === undefined) throw new Error(`Cannot import '${source}'! This package is not provided by PostHog in plugins.`);
        const declarators = path.node.specifiers.map((specifier: any) => {
          const base = t.memberExpression(t.identifier('__pluginHostImports'), t.stringLiteral(source), true);
          const imported = t.isImportSpecifier(specifier) ? (t.isStringLiteral(specifier.imported) ? specifier.imported.value : specifier.imported.name) : 'default';
          return t.variableDeclarator(t.identifier(specifier.local.name), imported === 'default' ? base : t.memberExpression(base, t.stringLiteral(imported), true));
        });
        path.replaceWith(t.variableDeclaration('const', declarators));
      },
    },
    CallExpression: {
      exit(path: any) {
        const { node } = path;
        if (t.isIdentifier(node.callee) && node.callee.name === 'require' && node.arguments.length === 1) {
          const source = node.arguments[0].value as string;
          if (available[source] === undefined) throw new Error(`Cannot import '${source}'! This package is not provided by PostHog in plugins.`);
          path.replaceWith(t.memberExpression(t.identifier('__pluginHostImports'), t.stringLiteral(source), true));
        }
      },
    },
  },
});

/** PostHog's transformCode: the options of plugin-server/src/worker/vm/transforms/index.ts. */
export function transformLikePostHog(source: string, availableImports: Record<string, unknown> = {}): string {
  const { code } = transform(source, {
    envName: 'production',
    code: true,
    babelrc: false,
    configFile: false,
    filename: 'index.ts',
    presets: ['typescript', ['env', { targets: { node: process.versions.node } }]],
    plugins: [replaceImports(availableImports)],
  });
  if (!code) throw new Error('Babel returned no code');
  return code;
}

export interface PluginLogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

export interface SandboxOptions {
  config: Record<string, string>;
  /** What PostHog's legacyFetch does: every request gets AbortSignal.timeout(EXTERNAL_REQUEST_TIMEOUT_MS), replacing the plugin's signal. */
  hostFetchTimeoutMs?: number;
  /** `plain`: the global fetch as is (hosts whose fetch honours the plugin's own AbortSignal). */
  hostFetch?: 'posthog' | 'plain';
  /** PostHog's TASK_TIMEOUT in seconds: the async guard around each method. */
  taskTimeoutSeconds?: number;
  /** Hosts other than PostHog's vm2 may offer timers; PostHog's does not. */
  withTimers?: boolean;
  availableImports?: Record<string, unknown>;
}

export interface SandboxedPlugin {
  methods: {
    setupPlugin?: () => Promise<void>;
    processEvent?: (event: unknown) => Promise<any>;
    teardownPlugin?: () => Promise<void>;
  };
  logs: PluginLogLine[];
  fetchCalls: () => number;
}

export class RetryError extends Error {}

export function loadPluginInSandbox(source: string, options: SandboxOptions): SandboxedPlugin {
  const code = transformLikePostHog(source, options.availableImports);
  const logs: PluginLogLine[] = [];
  const say = (level: PluginLogLine['level']) => (...parts: unknown[]) => void logs.push({ level, text: parts.map(String).join(' ') });
  let fetchCalls = 0;
  const hostFetchTimeoutMs = options.hostFetchTimeoutMs ?? 10_000;
  const vmFetch = (url: string, init: Record<string, unknown> = {}) => {
    fetchCalls++;
    if (options.hostFetch === 'plain') return fetch(url, init as RequestInit);
    return fetch(url, { ...init, signal: AbortSignal.timeout(hostFetchTimeoutMs) } as RequestInit);
  };
  const taskTimeoutMs = (options.taskTimeoutSeconds ?? 30) * 1000;
  const asyncGuard = (promise: Promise<unknown>, name: string) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Script execution timed out after promise waited for ${taskTimeoutMs / 1000} seconds (${name})`)), taskTimeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };
  const globals: Record<string, unknown> = {
    console: { log: say('log'), info: say('info'), warn: say('warn'), error: say('error'), debug: say('debug') },
    posthog: { capture: () => undefined, api: {} },
    fetch: vmFetch,
    __pluginHostImports: options.availableImports ?? {},
    RetryError,
    URL,
    __asyncGuard: asyncGuard,
    __pluginHostMeta: { config: options.config, attachments: {}, cache: {}, storage: {}, geoip: {}, jobs: {}, metrics: {}, utils: {} },
  };
  if (options.withTimers) Object.assign(globals, { setTimeout, clearTimeout, AbortController });
  const context = createContext(globals);
  runInContext('const global = globalThis;', context);
  runInContext(`
    // two ways packages could export themselves (plus "global")
    const module = { exports: {} };
    let exports = {};

    // the plugin JS code
    ${code};
  `, context);
  const methods = runInContext(`
    (() => {
      let exportDestinations = [exports, exports.default, module.exports].filter(d => typeof d === 'object');
      if (!exportDestinations.find(d => Object.keys(d).length > 0)) exportDestinations.push(global);
      function __getExported(key) { return exportDestinations.find(a => a[key])?.[key] };
      function __asyncFunctionGuard(func, name) { return func ? function (...args) { return __asyncGuard(func(...args), name) } : func };
      const __pluginMeta = { ...__pluginHostMeta, global: {} };
      function __bindMeta(key) { const func = __getExported(key); if (func) return function (...args) { return func(...args, __pluginMeta) } }
      return {
        setupPlugin: __asyncFunctionGuard(__bindMeta('setupPlugin'), 'setupPlugin'),
        teardownPlugin: __asyncFunctionGuard(__bindMeta('teardownPlugin'), 'teardownPlugin'),
        processEvent: __asyncFunctionGuard(__bindMeta('processEvent'), 'processEvent'),
      };
    })()
  `, context);
  return { methods, logs, fetchCalls: () => fetchCalls };
}
