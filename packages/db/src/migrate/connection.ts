import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { databaseKind, describeDatabase, redactUrl, sqliteFilePath } from '../database-url.ts';
import { SqliteAdapterFactory } from '../sqlite/libsql-factory.ts';

/** A migration-aware driver adapter for one database, plus what it takes to close it. */
export interface MigrationConnection {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * Opens the database a migration command works on, creating it when it does not exist yet
 * (the SQLite file and its folder, or the PostgreSQL database), as `prisma migrate` does.
 */
export async function openMigrationConnection(url: string): Promise<MigrationConnection> {
  if (databaseKind(url) === 'sqlite') {
    const file = sqliteFilePath(url);
    await mkdir(dirname(file), { recursive: true });
    const libsql = new SqliteAdapterFactory({ url: `file:${file}` });
    const adapter: SqlMigrationAwareDriverAdapterFactory = {
      provider: libsql.provider,
      adapterName: libsql.adapterName,
      connect: () => libsql.connect(),
      // The engine replays each migration into the (in-memory) shadow database with
      // executeRaw, which libsql limits to the first statement; run scripts whole.
      async connectToShadowDb() {
        const shadow = await libsql.connectToShadowDb();
        return {
          ...forward(shadow),
          executeRaw: (query) =>
            query.args.length === 0 && /;\s*\S/.test(query.sql)
              ? shadow.executeScript(query.sql).then(() => 0)
              : shadow.executeRaw(query),
        };
      },
    };
    return { adapter, close: async () => {} };
  }
  await ensurePostgresDatabase(url);
  return openPostgres(url);
}

function openPostgres(url: string): MigrationConnection {
  const pool = newPool(url);
  const shadowPools = new Set<pg.Pool>();
  const main = new PrismaPg(pool);
  const adapter: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    // adapter-pg's own shadow database is dropped while its pool still holds connections,
    // which fails; close the pool first, then drop with FORCE.
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
      await pool.query(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url.trim());
      shadowUrl.pathname = `/${name}`;
      const shadowPool = newPool(shadowUrl.toString());
      shadowPools.add(shadowPool);
      const inner = await new PrismaPg(shadowPool).connect();
      return withDispose(inner, async () => {
        await inner.dispose();
        shadowPools.delete(shadowPool);
        await shadowPool.end();
        await pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
  return {
    adapter,
    async close() {
      await Promise.all([...shadowPools].map((p) => p.end()));
      await pool.end();
    },
  };
}

// Postgres catalog columns of type "char" (OID 18) make adapter-pg throw "Unsupported column
// type" while the engine introspects; its text form is a plain string, so report it as text.
const CATALOG_CHAR_OID = 18;
const TEXT_OID = 25;

function newPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 4 });
  pool.on('error', () => {}); // idle-client errors surface on the next query instead
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const fix = (result: unknown) => {
      for (const field of (result as pg.QueryResult | undefined)?.fields ?? []) {
        if (field.dataTypeID === CATALOG_CHAR_OID) field.dataTypeID = TEXT_OID;
      }
      return result;
    };
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (err: unknown, result: unknown) => callback(err, err ? result : fix(result));
        return query(...args);
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(fix) : out;
    };
  });
  return pool;
}

function withDispose(adapter: SqlDriverAdapter, dispose: () => Promise<void>): SqlDriverAdapter {
  return { ...forward(adapter), dispose };
}

/** A plain object delegating to `adapter`, so single methods can be overridden. */
function forward(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q) => adapter.queryRaw(q),
    executeRaw: (q) => adapter.executeRaw(q),
    executeScript: (s) => adapter.executeScript(s),
    startTransaction: (level) => adapter.startTransaction(level),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
    dispose: () => adapter.dispose(),
  };
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);

/** Fails with one clear line when the server is unreachable; creates a missing database. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const where = describeDatabase(url);
  const tryConnect = async (connectionString: string) => {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
  };
  try {
    const client = await tryConnect(url);
    await client.end();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === '3D000') {
      const target = new URL(url.trim());
      const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
      target.pathname = '/postgres';
      const admin = await tryConnect(target.toString()).catch((e: unknown) => {
        throw new Error(`${where} does not exist and could not be created: ${message(e)}`);
      });
      try {
        await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      } finally {
        await admin.end();
      }
      return;
    }
    if (UNREACHABLE.has(code) || /timeout/i.test(message(error))) {
      throw new Error(`Cannot reach ${where} (${redactUrl(url)}): ${message(error)}`);
    }
    throw new Error(`Cannot connect to ${where}: ${message(error)}`);
  }
}

function message(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return message(error.errors[0]);
  return error instanceof Error ? error.message || String(error) : String(error);
}
