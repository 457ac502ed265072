export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The last `size` durations, for percentile metrics (grading latency of a worker, etc.).
 *
 * @example
 * const window = new LatencyWindow(1000);
 * window.add(42); window.add(57);
 * window.summary(); // { count: 2, p50: 42, p95: 57, p99: 57, max: 57 }
 */
export class LatencyWindow {
  private readonly values: number[] = [];
  private next = 0;

  constructor(private readonly size = 1000) {}

  add(ms: number): void {
    if (this.values.length < this.size) this.values.push(ms);
    else this.values[this.next] = ms;
    this.next = (this.next + 1) % this.size;
  }

  summary(): LatencySummary {
    return summarize(this.values);
  }
}

/** Nearest-rank percentiles of `values` (all 0 when there are none). */
export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}
