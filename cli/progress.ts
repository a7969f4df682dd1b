import { formatBytes, formatSeconds } from './format';

export interface ProgressState {
  /** Work done so far, in `unit`s. */
  done: number;
  /** Total work when known (file size), else undefined: then no percentage or ETA is shown. */
  total?: number;
  /** Extra counter shown after the bar, e.g. "1200 events". */
  detail?: string;
}

/**
 * A one-line progress bar with rate and ETA on stderr, drawn only when stderr is a terminal
 * (piped or redirected stderr stays clean for logs). Redraws at most every 100 ms.
 */
export class ProgressBar {
  private readonly enabled: boolean;
  private readonly startedAt = Date.now();
  private lastDrawAt = 0;
  private drawn = false;

  constructor(
    private readonly label: string,
    private readonly unit: 'bytes' | 'events',
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = stream.isTTY === true && process.env.LLM_CLASSIFY_NO_PROGRESS === undefined;
  }

  update(state: ProgressState, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDrawAt < 100) return;
    this.lastDrawAt = now;
    const elapsed = Math.max((now - this.startedAt) / 1000, 0.001);
    const rate = state.done / elapsed;
    const amount = (value: number): string => (this.unit === 'bytes' ? formatBytes(value) : String(Math.round(value)));
    const parts = [this.label];
    if (state.total !== undefined && state.total > 0) {
      const fraction = Math.min(state.done / state.total, 1);
      const width = 24;
      const filled = Math.round(fraction * width);
      parts.push(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%`);
      parts.push(`${amount(state.done)}/${amount(state.total)}`);
      if (rate > 0) parts.push(`ETA ${formatSeconds((state.total - state.done) / rate)}`);
    } else {
      parts.push(amount(state.done));
    }
    parts.push(this.unit === 'bytes' ? `${formatBytes(rate)}/s` : `${rate.toFixed(0)}/s`);
    if (state.detail) parts.push(state.detail);
    const columns = this.stream.columns ?? 100;
    this.stream.write(`\r${parts.join('  ').slice(0, columns - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Erases the bar so a log line or the summary starts on a clean line. */
  clear(): void {
    if (!this.enabled || !this.drawn) return;
    this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
