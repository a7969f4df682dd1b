/** Peak resident set size of this process since it started, in MB (the kernel's high-water mark). */
export function processPeakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Current resident set size in MB. */
export function currentRssMb(): number {
  return process.memoryUsage.rss() / 1024 / 1024;
}

/**
 * Samples RSS on a timer to find the peak within one measurement window (the process-wide
 * high-water mark cannot be reset between measurements).
 */
export class RssPeakSampler {
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;

  start(intervalMs = 50): this {
    this.peak = currentRssMb();
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, currentRssMb());
    }, intervalMs);
    this.timer.unref();
    return this;
  }

  /** Stops sampling and returns the peak RSS in MB seen since start(). */
  stop(): number {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    return Math.max(this.peak, currentRssMb());
  }
}
