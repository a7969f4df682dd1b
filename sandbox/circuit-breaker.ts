/**
 * A circuit breaker on timestamps alone (PostHog's plugin sandbox has no timers): after `failureThreshold`
 * consecutive failures it opens, and for `coolDownMs` every caller is told not to wait for the dependency; then one
 * caller at a time may probe it, and the first success closes the breaker. One log line when it opens and one
 * when it closes, with counts and never a request's content.
 *
 * This file imports nothing on purpose: `npm run build:sandbox` inlines it into the sandbox plugins, which cannot
 * import (dropping the `export` keywords), and the capture gateway imports it as a module.
 */

/**
 * Five failures in a row is a dependency that is down or wedged, not one slow answer; ten seconds lets a restarted
 * server back in quickly, and costs a hanging one only one probe's wait per ten seconds.
 */
export const CIRCUIT_BREAKER_DEFAULTS = { failureThreshold: 5, coolDownMs: 10_000 } as const;

export interface CircuitBreakerOptions {
  /** Consecutive failures (errors or time-outs) that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker sends callers past the dependency before one probe may try it again. */
  coolDownMs: number;
  /**
   * A probe not back after this long no longer holds the breaker: the next caller may probe (for hosts whose calls
   * have no time limit of their own). Default: coolDownMs.
   */
  staleProbeMs?: number;
  /** What the breaker guards, for its two log lines (`the classifier server at http://...`). */
  dependency: string;
  log: (line: string) => void;
}

const duration = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`);

export class CircuitBreaker {
  private consecutiveFailures = 0;
  /** When the breaker last opened (or a probe failed); undefined while closed. */
  private openedAt: number | undefined;
  private firstOpenedAt = 0;
  private probeInFlight = false;
  private probeStartedAt = 0;
  /** Callers sent past the dependency since the breaker opened. */
  private skipped = 0;

  constructor(private readonly options: CircuitBreakerOptions) {}

  /** Whether a caller may use the dependency now; false means "go on without it, at once". */
  allow(now: number = Date.now()): boolean {
    if (this.openedAt === undefined) return true;
    const probeIsOut = this.probeInFlight && now - this.probeStartedAt < (this.options.staleProbeMs ?? this.options.coolDownMs);
    if (!probeIsOut && now - this.openedAt >= this.options.coolDownMs) {
      this.probeInFlight = true;
      this.probeStartedAt = now;
      return true;
    }
    this.skipped++;
    return false;
  }

  get isOpen(): boolean {
    return this.openedAt !== undefined;
  }

  succeeded(now: number = Date.now()): void {
    this.consecutiveFailures = 0;
    this.probeInFlight = false;
    if (this.openedAt === undefined) return;
    this.options.log(`${this.options.dependency} answers again: circuit closed after ${duration(now - this.firstOpenedAt)}; ${this.skipped} event(s) went on without it meanwhile`);
    this.openedAt = undefined;
    this.skipped = 0;
  }

  failed(now: number = Date.now()): void {
    this.consecutiveFailures++;
    if (this.openedAt !== undefined) {
      // A failed probe keeps it open for another cool-down, without another log line.
      if (this.probeInFlight) this.openedAt = now;
      this.probeInFlight = false;
      return;
    }
    if (this.consecutiveFailures < this.options.failureThreshold) return;
    this.openedAt = now;
    this.firstOpenedAt = now;
    this.options.log(`${this.options.dependency} failed ${this.consecutiveFailures} times in a row: circuit open; events go on without it for ${duration(this.options.coolDownMs)}, then one request probes it`);
  }
}
