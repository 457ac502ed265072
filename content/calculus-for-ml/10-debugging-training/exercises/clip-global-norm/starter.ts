/** Clips all layers together to a global norm of at most maxNorm; all zeros if any entry is NaN or ±Infinity. */
export function clipGlobalNorm(grads: number[][], maxNorm: number): number[][] {
  // TODO: the NaN guard, then the global norm, then one scale factor for every entry.
  return grads.map((layer) => layer.slice());
}
