import { SettingsError } from '../shared';
import { UsageError } from './cli-error';

/** Resolves with the first SIGTERM or SIGINT; a second one while draining is passed to `onSecond`. */
function untilSignal(onSecond: (signal: NodeJS.Signals) => void): { signal: Promise<NodeJS.Signals>; dispose(): void } {
  let seen = false;
  let resolveSignal: (signal: NodeJS.Signals) => void = () => undefined;
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    resolveSignal = resolve;
  });
  const listener = (received: NodeJS.Signals): void => {
    if (seen) return onSecond(received);
    seen = true;
    resolveSignal(received);
  };
  process.on('SIGTERM', listener);
  process.on('SIGINT', listener);
  return {
    signal,
    dispose: () => {
      process.off('SIGTERM', listener);
      process.off('SIGINT', listener);
    },
  };
}

/** What `serve` and `proxy` run: it loads its models in the background and drains on close. */
export interface LongRunningService {
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a service and runs it until SIGTERM/SIGINT, then lets in-flight requests finish and stops it; a second
 * signal exits at once (130). Returns the exit code: 0 after a graceful stop, 2 when a setting is unusable, 1 when
 * the models fail to load or the service cannot start (a port taken).
 */
export async function runUntilSignal<S extends LongRunningService>(say: (line: string) => void, start: () => Promise<S>, onStarted: (service: S) => void): Promise<number> {
  let forced = false;
  const signals = untilSignal((signal) => {
    forced = true;
    say(`${signal} again: stopping without waiting for in-flight requests`);
    process.exit(130);
  });
  try {
    const service = await start();
    onStarted(service);
    const outcome = await Promise.race([service.ready.then(() => 'ready' as const, (error: unknown) => error), signals.signal]);
    if (outcome === 'ready') say('models loaded; ready (GET /readyz answers 200)');
    else if (outcome instanceof Error) {
      say(`model setup failed: ${outcome.message.split('\n')[0]}`);
      await service.close();
      return outcome instanceof SettingsError ? 2 : 1;
    }
    const signal = outcome === 'ready' ? await signals.signal : outcome;
    say(`${String(signal)}: no new requests; finishing in-flight ones, then unloading models`);
    await service.close();
    say('stopped');
    return forced ? 130 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof SettingsError) throw error;
    say((error instanceof Error ? error.message : String(error)).split('\n')[0]);
    return 1;
  } finally {
    signals.dispose();
  }
}
