/**
 * For lines that could repeat on every request (the upstream down): the first of a kind is written, then at most
 * one a minute, saying how many were left out in between.
 */
export class SummaryLog {
  private readonly kinds = new Map<string, { lastWritten: number; suppressed: number }>();

  constructor(
    private readonly log: (line: string) => void,
    private readonly windowMs = 60_000,
  ) {}

  write(kind: string, line: string, now = Date.now()): void {
    const state = this.kinds.get(kind);
    if (state && now - state.lastWritten < this.windowMs) {
      state.suppressed++;
      return;
    }
    const note = state && state.suppressed > 0 ? ` (${state.suppressed} more since the last such line)` : '';
    this.kinds.set(kind, { lastWritten: now, suppressed: 0 });
    this.log(`${line}${note}`);
  }
}
