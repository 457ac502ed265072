import { isAbsolute, resolve } from 'node:path';

/** The two databases Slope runs on. */
export type DatabaseKind = 'sqlite' | 'postgresql';

/**
 * Which database a connection URL points at.
 *
 * @example
 * databaseKind('file:./data/slope.db'); // 'sqlite'
 * databaseKind('postgres://localhost/slope'); // 'postgresql'
 */
export function databaseKind(url: string): DatabaseKind {
  const trimmed = url.trim();
  if (trimmed.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return 'postgresql';
  const shown = trimmed === '' ? '(empty)' : `"${redactUrl(trimmed)}"`;
  throw new Error(
    `DATABASE_URL ${shown} is not supported: use file:<path to .db> for SQLite ` +
      'or postgres://… / postgresql://… for PostgreSQL.',
  );
}

/**
 * Absolute path of the database file named by a `file:` URL (relative paths are resolved
 * against `baseDir`, the current directory by default). Query strings are dropped.
 *
 * @example
 * sqliteFilePath('file:./data/slope.db', '/srv/slope'); // '/srv/slope/data/slope.db'
 */
export function sqliteFilePath(url: string, baseDir: string = process.cwd()): string {
  let path = url.trim().replace(/^file:/, '');
  if (path.startsWith('//')) path = decodeURIComponent(new URL(url.trim()).pathname);
  path = path.replace(/\?.*$/, '');
  if (path === '') throw new Error(`DATABASE_URL "${url}" names no SQLite file.`);
  return isAbsolute(path) ? path : resolve(baseDir, path);
}

/** The URL with any password replaced by `***`, safe to print. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}

/** A short human description of where a database lives, for messages. */
export function describeDatabase(url: string): string {
  if (databaseKind(url) === 'sqlite') return `SQLite file ${sqliteFilePath(url)}`;
  const u = new URL(url.trim());
  const db = decodeURIComponent(u.pathname.replace(/^\//, '')) || '(default database)';
  return `PostgreSQL database "${db}" on ${u.hostname || 'localhost'}:${u.port || '5432'}`;
}
