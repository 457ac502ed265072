// Starts scripts/e2e-server.mjs (the production build on a fresh, seeded database) for a
// benchmark and waits until it answers.
import { spawn } from 'node:child_process';

/** The server on `port`, with `stop()`; rejects when it does not answer within a minute or two. */
export async function startE2eServer(port) {
  const server = spawn('node', ['scripts/e2e-server.mjs'], {
    env: { ...process.env, E2E_PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const base = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 240) {
      stop();
      throw new Error('the server did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { base, stop };
}
