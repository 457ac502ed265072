/** Learning rates for t = 0 … total − 1: linear warmup over `warmup` steps, then cosine from peak to minLr. */
export function schedule(peak: number, warmup: number, total: number, minLr: number): number[] {
  const rates: number[] = [];
  for (let t = 0; t < total; t++) {
    // TODO: the warmup rate for t < warmup, the cosine rate after.
    rates.push(peak);
  }
  return rates;
}
