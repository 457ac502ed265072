// Starts nginx with deploy/nginx.conf in front of web processes, for a benchmark: the
// placeholders are filled in, and pid file, logs and cache go to a fresh temporary directory.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitHealthy } from './wait-healthy.mjs';

const CONFIG = path.resolve(import.meta.dirname, '../deploy/nginx.conf');

/** nginx's path, or undefined when it is not installed (Debian: `apt-get install nginx`). */
export function findNginx() {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v']).error === undefined) return candidate;
  }
  return undefined;
}

/**
 * nginx on `port` in front of `upstreams` ("host:port" each), with one worker process so the
 * load generator and the web process keep a core's share. Resolves when it answers.
 */
export async function startNginx(nginx, port, upstreams) {
  const prefix = mkdtempSync(path.join(tmpdir(), 'slope-nginx-'));
  // Run as root, nginx's workers run as `nobody`: they must be able to write the cache.
  chmodSync(prefix, 0o777);
  const config = readFileSync(CONFIG, 'utf8')
    .replaceAll('{{PREFIX}}', prefix)
    .replaceAll('{{LISTEN}}', `127.0.0.1:${port}`)
    .replaceAll('{{UPSTREAMS}}', upstreams.map((u) => `server ${u};`).join(' '))
    .replace('worker_processes auto;', 'worker_processes 1;');
  const file = path.join(prefix, 'nginx.conf');
  writeFileSync(file, config);
  const errorLog = path.join(prefix, 'error.log');
  const child = spawn(nginx, ['-p', prefix, '-c', file, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(prefix, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(base, {
      attempts: 50,
      intervalMs: 100,
      gaveUp: () => (child.exitCode !== null ? 'it exited' : undefined),
    });
  } catch (err) {
    stop();
    throw new Error(`nginx did not start (${err.message}): ${stderr.trim()}`);
  }
  return { base, stop };
}
