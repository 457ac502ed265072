// Shared by the CLI scripts: the only place in this package that reads process.env.
import { isAbsolute, resolve } from 'node:path';
import { defaultDatabaseUrl } from '../src/repo-root.ts';

/**
 * DATABASE_URL, or the embedded default `file:<repo>/data/slope.db`. A relative `file:` path
 * is taken relative to the directory the command was started from (pnpm's INIT_CWD), not
 * to packages/db where pnpm runs the script.
 */
export function databaseUrlFromEnv(): string {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return defaultDatabaseUrl(process.env.INIT_CWD ?? process.cwd());
  if (url.startsWith('file:') && !url.startsWith('file://')) {
    const path = url.slice('file:'.length);
    if (path !== '' && !isAbsolute(path)) {
      return `file:${resolve(process.env.INIT_CWD ?? process.cwd(), path)}`;
    }
  }
  return url;
}
