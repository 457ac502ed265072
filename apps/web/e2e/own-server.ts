import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { waitHealthy } from '../bench/wait-healthy.mjs';

const appDir = path.resolve(import.meta.dirname, '..');

/**
 * A `next start` of the production build that the test itself controls (Playwright's webServer
 * cannot be killed and restarted): the node process serving, on `port` and `databaseUrl`, with
 * embedded grading and the e2e server's secrets (plus `extraEnv`).
 */
export async function startOwnServer(
  port: number,
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
) {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(appDir, 'node_modules/next/dist/bin/next'),
      'start',
      '--port',
      String(port),
      '--keepAliveTimeout',
      '65000',
    ],
    {
      cwd: appDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        REDIS_URL: '',
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXTAUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
        NODE_ENV: 'production',
        SLOPE_DEMO: 'true', // the specs sign in with the demo accounts
        LOG_LEVEL: 'warn',
        NEXT_MANUAL_SIG_HANDLE: 'true',
        ...extraEnv,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://localhost:${port}`;
  await waitHealthy(base, {
    attempts: 600,
    intervalMs: 200,
    gaveUp: () =>
      child.exitCode !== null ? `next start exited with ${child.exitCode}` : undefined,
  });
  return {
    base,
    /** SIGKILL: no shutdown handler runs, whatever was in flight is cut off */
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
