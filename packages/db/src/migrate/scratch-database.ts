import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseKind } from '../database-url.ts';

/**
 * Runs `fn` with the URL of a new, empty database and removes it afterwards: a temp SQLite
 * file, or a `<prefix>_<random>` database on the PostgreSQL server at `postgresServerUrl`
 * (dropped `WITH (FORCE)`).
 */
export async function withScratchDatabase<T>(
  kind: DatabaseKind,
  fn: (url: string) => Promise<T>,
  options: ScratchOptions = {},
): Promise<T> {
  const scratch = await createScratchDatabase(kind, options);
  try {
    return await fn(scratch.url);
  } finally {
    await scratch.drop();
  }
}

export interface ScratchOptions {
  postgresServerUrl?: string;
  prefix?: string;
}

/**
 * A new, empty database (temp SQLite file, or `<prefix>_<random>` on the PostgreSQL server at
 * `postgresServerUrl`) and a `drop` that removes it (PostgreSQL: `WITH (FORCE)`, so open
 * connections do not keep it alive). For tests that keep a database across hooks.
 */
export async function createScratchDatabase(
  kind: DatabaseKind,
  options: ScratchOptions = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const prefix = options.prefix ?? 'slope_scratch';
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
    return {
      url: `file:${join(dir, 'scratch.db')}`,
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const serverUrl = options.postgresServerUrl;
  if (!serverUrl) throw new Error('createScratchDatabase: postgresServerUrl is required');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
