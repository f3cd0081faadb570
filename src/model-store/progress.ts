/** Progress figures for a person: bytes, percent, rate and time left. */
export interface ProgressFigures {
  bytes: number;
  /** Unknown until the server or tensor-cache.json says. */
  total?: number;
  percent?: number;
  /** Bytes per second over the last few seconds. */
  rateBps: number;
  /** Seconds left at the current rate; undefined while unknown. */
  etaSeconds?: number;
}

/** Rate over a sliding time window, so a stall shows as a falling rate rather than a frozen average. */
export class RateMeter {
  private samples: { t: number; bytes: number }[] = [];

  constructor(private readonly windowMs = 5_000) {}

  /** Records that the running byte count is `bytes` at time `t` (ms). */
  sample(bytes: number, t: number): void {
    this.samples.push({ t, bytes });
    while (this.samples.length > 2 && t - this.samples[0].t > this.windowMs) this.samples.shift();
  }

  /** Bytes per second across the window. */
  rate(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.t <= first.t) return 0;
    return ((last.bytes - first.bytes) * 1000) / (last.t - first.t);
  }
}

/** Builds the figures from a byte count, an optional total and a rate. */
export function figures(bytes: number, total: number | undefined, rateBps: number): ProgressFigures {
  const out: ProgressFigures = { bytes, rateBps };
  if (total !== undefined && total > 0) {
    out.total = total;
    out.percent = Math.min(100, (bytes / total) * 100);
    if (rateBps > 0) out.etaSeconds = Math.max(0, (total - bytes) / rateBps);
  } else if (total === 0) {
    out.total = 0;
    out.percent = 100;
  }
  return out;
}

/** "1.6 GB", "230 MB", "12 kB": decimal units, as disks and browsers report them. */
export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${n >= 100 || i === 0 ? Math.round(n) : n.toFixed(1)} ${units[i]}`;
}
