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
  options: { postgresServerUrl?: string; prefix?: string } = {},
): Promise<T> {
  const prefix = options.prefix ?? 'slope_scratch';
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
    try {
      return await fn(`file:${join(dir, 'scratch.db')}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const serverUrl = options.postgresServerUrl;
  if (!serverUrl) throw new Error('withScratchDatabase: postgresServerUrl is required');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    try {
      return await fn(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
