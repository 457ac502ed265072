/** Clips all layers together to a global norm of at most maxNorm; all zeros if any entry is NaN or ±Infinity. */
export function clipGlobalNorm(grads: number[][], maxNorm: number): number[][] {
  let sumSq = 0;
  for (const layer of grads) {
    for (const g of layer) {
      if (!Number.isFinite(g)) return grads.map((l) => l.map(() => 0));
      sumSq += g * g;
    }
  }
  const norm = Math.sqrt(sumSq);
  const scale = norm > maxNorm ? maxNorm / norm : 1;
  return grads.map((layer) => layer.map((g) => g * scale));
}
