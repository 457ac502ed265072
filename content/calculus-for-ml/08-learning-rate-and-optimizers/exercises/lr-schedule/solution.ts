/** Learning rates for t = 0 … total − 1: linear warmup over `warmup` steps, then cosine from peak to minLr. */
export function schedule(peak: number, warmup: number, total: number, minLr: number): number[] {
  const rates: number[] = [];
  for (let t = 0; t < total; t++) {
    if (t < warmup) {
      rates.push((peak * t) / warmup);
    } else {
      const progress = (t - warmup) / (total - warmup);
      rates.push(minLr + 0.5 * (peak - minLr) * (1 + Math.cos(Math.PI * progress)));
    }
  }
  return rates;
}
