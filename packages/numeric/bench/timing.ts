/**
 * Median time per call in milliseconds: warm up (lets V8 optimise), then time several batches
 * sized to ~`budgetMs` each, and take the median batch so a noisy neighbour does not skew it.
 */
export function timeIt(fn: () => unknown, budgetMs = 150, batches = 7): number {
  for (let i = 0; i < 5; i++) fn();
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    const dt = performance.now() - t0;
    if (dt > budgetMs / 4 || n > 1e6) {
      n = Math.max(1, Math.round((n * budgetMs) / Math.max(dt, 1e-3)));
      break;
    }
    n *= 2;
  }
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    times.push((performance.now() - t0) / n);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Async variant for libraries whose results must be awaited (tfjs `data()`). */
export async function timeItAsync(
  fn: () => Promise<unknown>,
  budgetMs = 150,
  batches = 7,
): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await fn();
    const dt = performance.now() - t0;
    if (dt > budgetMs / 4 || n > 1e5) {
      n = Math.max(1, Math.round((n * budgetMs) / Math.max(dt, 1e-3)));
      break;
    }
    n *= 2;
  }
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await fn();
    times.push((performance.now() - t0) / n);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
