import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The monorepo root: the nearest directory at or above `from` holding `pnpm-workspace.yaml`.
 * Falls back to `from` itself when there is none (e.g. an installed copy outside the repo).
 */
export function findRepoRoot(from: string = process.cwd()): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

/**
 * The embedded default database: `file:<repo root>/data/slope.db`.
 *
 * @example
 * defaultDatabaseUrl(); // 'file:/home/me/slope/data/slope.db'
 */
export function defaultDatabaseUrl(from: string = process.cwd()): string {
  return `file:${join(findRepoRoot(from), 'data', 'slope.db')}`;
}
