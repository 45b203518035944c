import { procStatus } from '@thidua/faults';

export interface MemoryPeak {
  /** Largest VmRSS seen while sampling, MiB. */
  peakRssMb: number;
  /** VmHWM at the end: the peak since the process started (includes start-up, e.g. bundling), MiB. */
  hwmMb: number;
}

/** Samples /proc/<pid>/status of the given processes every `everyMs` until stopped. */
export class MemorySampler {
  private readonly peaks = new Map<string, { rss: number; hwm: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pids: () => Record<string, number | undefined>,
    private readonly everyMs = 250,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
    return this;
  }

  private sample(): void {
    for (const [name, pid] of Object.entries(this.pids())) {
      const status = pid ? procStatus(pid) : undefined;
      if (!status) continue;
      const peak = this.peaks.get(name) ?? { rss: 0, hwm: 0 };
      peak.rss = Math.max(peak.rss, status.vmRssKb);
      peak.hwm = Math.max(peak.hwm, status.vmHwmKb);
      this.peaks.set(name, peak);
    }
  }

  stop(): Record<string, MemoryPeak> {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return Object.fromEntries(
      [...this.peaks].map(([name, p]) => [name, { peakRssMb: p.rss / 1024, hwmMb: p.hwm / 1024 }]),
    );
  }
}
