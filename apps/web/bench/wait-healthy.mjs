// Waits until a Slope server (or nginx in front of one) answers /api/health.

/**
 * Polls `${base}/api/health` every `intervalMs` until it answers 200. Before each poll,
 * `gaveUp()` may name a reason to stop (e.g. the process exited); after `attempts` polls, or on
 * such a reason, throws with it.
 */
export async function waitHealthy(base, { attempts, intervalMs, gaveUp = () => undefined }) {
  for (let i = 0; ; i++) {
    const reason = gaveUp() ?? (i > attempts ? 'no answer from /api/health' : undefined);
    if (reason) throw new Error(reason);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
