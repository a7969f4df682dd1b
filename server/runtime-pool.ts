import type { ClassifierPlugin, ClassifierPluginMeta } from '../shared';
import type { SuiteSettings } from './suite-settings';

/** One set-up suite plugin instance for one distinct set of settings. */
interface PooledRuntime {
  key: string;
  meta: ClassifierPluginMeta;
  ready: Promise<void>;
  /** Requests using it right now: an evicted runtime is torn down only when this reaches 0. */
  users: number;
  evicted: boolean;
  pinned: boolean;
  /** Settles once teardownPlugin has run (or setup failed). */
  tornDown: Promise<void>;
  markTornDown(): void;
}

export interface RuntimeLease {
  meta: ClassifierPluginMeta;
  release(): void;
}

/** Same settings in any key order give the same runtime. */
export function settingsKey(settings: SuiteSettings): string {
  return JSON.stringify(Object.keys(settings).sort().map((key) => [key, settings[key]]));
}

/**
 * A bounded LRU of plugin instances keyed by their settings, so one server serves many sandbox plugin
 * configurations. Instances share model sessions and batch queues through the core's classifier registry,
 * so an extra instance costs its decision rules, not another copy of a model.
 */
export class RuntimePool {
  private readonly runtimes = new Map<string, PooledRuntime>();
  /** Evicted instances whose teardown has not finished: closeAll waits for them. */
  private readonly retiring = new Set<PooledRuntime>();

  constructor(
    private readonly plugin: ClassifierPlugin,
    private readonly capacity: number,
  ) {}

  /** Sets up (or reuses) the instance for `settings`; rejects with the plugin's SettingsError on bad settings. */
  async acquire(settings: SuiteSettings, pinned = false): Promise<RuntimeLease> {
    const key = settingsKey(settings);
    let runtime = this.runtimes.get(key);
    if (runtime) {
      // Re-inserting moves it to the most recently used end of the Map's order.
      this.runtimes.delete(key);
      this.runtimes.set(key, runtime);
    } else {
      const meta: ClassifierPluginMeta = { config: { ...settings }, global: {} };
      let markTornDown = (): void => undefined;
      const tornDown = new Promise<void>((resolve) => {
        markTornDown = resolve;
      });
      runtime = { key, meta, ready: this.plugin.setupPlugin(meta), users: 0, evicted: false, pinned, tornDown, markTornDown };
      this.runtimes.set(key, runtime);
      const created = runtime;
      created.ready.catch(() => {
        if (this.runtimes.get(key) === created) this.runtimes.delete(key);
      });
      this.evictOverCapacity();
    }
    runtime.pinned ||= pinned;
    runtime.users++;
    try {
      await runtime.ready;
    } catch (error) {
      runtime.users--;
      if (runtime.evicted && runtime.users === 0) this.tearDown(runtime);
      throw error;
    }
    const held = runtime;
    let released = false;
    return {
      meta: held.meta,
      release: () => {
        if (released) return;
        released = true;
        held.users--;
        if (held.evicted && held.users === 0) this.tearDown(held);
      },
    };
  }

  /** Metas of every instance set up so far (for statistics). */
  liveMetas(): ClassifierPluginMeta[] {
    return [...this.runtimes.values()].map((runtime) => runtime.meta);
  }

  get size(): number {
    return this.runtimes.size;
  }

  /** Tears every instance down (after in-flight requests released them) and waits for their model queues to drain. */
  async closeAll(): Promise<void> {
    for (const runtime of [...this.runtimes.values()]) this.evict(runtime);
    await Promise.all([...this.retiring].map((runtime) => runtime.tornDown));
  }

  private evictOverCapacity(): void {
    for (const runtime of this.runtimes.values()) {
      if (this.runtimes.size <= this.capacity) return;
      if (!runtime.pinned) this.evict(runtime);
    }
  }

  private evict(runtime: PooledRuntime): void {
    this.runtimes.delete(runtime.key);
    runtime.evicted = true;
    this.retiring.add(runtime);
    if (runtime.users === 0) this.tearDown(runtime);
  }

  private tearDown(runtime: PooledRuntime): void {
    void runtime.ready
      .then(
        () => this.plugin.teardownPlugin(runtime.meta),
        () => undefined,
      )
      .catch(() => undefined)
      .finally(() => {
        this.retiring.delete(runtime);
        runtime.markTornDown();
      });
  }
}
