/** Polls `${base}/api/health` until it answers 200 (see wait-healthy.mjs). */
export function waitHealthy(
  base: string,
  options: { attempts: number; intervalMs: number; gaveUp?: () => string | undefined },
): Promise<void>;
