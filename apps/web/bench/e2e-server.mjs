// Starts scripts/e2e-server.mjs (the production build on a fresh, seeded database) for a
// benchmark and waits until it answers.
import { spawn } from 'node:child_process';
import { waitHealthy } from './wait-healthy.mjs';

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
  try {
    await waitHealthy(base, { attempts: 240, intervalMs: 500 });
  } catch (err) {
    stop();
    throw new Error(`the server did not start: ${err.message}`);
  }
  return { base, stop };
}
