import { PrismaPg } from '@prisma/adapter-pg';
import { databaseKind, sqliteFilePath } from './database-url.ts';
import { PrismaClient as PostgresPrismaClient } from './generated/postgresql/client.ts';
import { PrismaClient as SqlitePrismaClient } from './generated/sqlite/client.ts';
import { SqliteAdapterFactory, type SqliteOptions } from './sqlite/libsql-factory.ts';

export { type DatabaseKind, databaseKind } from './database-url.ts';

/**
 * The Prisma client type. Both generated clients (SQLite and PostgreSQL) have this shape;
 * the SQLite one is used as the public type.
 */
export type PrismaClient = SqlitePrismaClient;

/**
 * What code that writes takes when it may run inside a transaction: the client itself, or the
 * `tx` of `prisma.$transaction(async (tx) => …)`.
 */
export type DatabaseClient = Omit<
  PrismaClient,
  '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'
>;

/**
 * Interactive transactions wait up to 10 s to start and may run 10 s (Prisma's defaults, 2 s
 * and 5 s, fail requests under load: on SQLite every transaction of the process waits its turn
 * for the one connection).
 */
const transactionOptions = { maxWait: 10_000, timeout: 10_000 };

/**
 * A new Prisma client for `url`, on the libsql driver adapter for `file:` URLs and on
 * node-postgres for `postgres(ql)://` URLs. No native query engine is involved.
 *
 * @example
 * const prisma = createPrismaClient('file:/srv/slope/data/slope.db');
 * await prisma.user.count();
 */
export function createPrismaClient(url: string, sqlite?: SqliteOptions): PrismaClient {
  const adapter = createDriverAdapter(url, sqlite);
  if (adapter instanceof SqliteAdapterFactory)
    return new SqlitePrismaClient({ adapter, transactionOptions });
  return new PostgresPrismaClient({ adapter, transactionOptions }) as unknown as PrismaClient;
}

/**
 * The Prisma driver adapter for `url`: `@prisma/adapter-libsql` for `file:` URLs (relative
 * paths resolved against the current directory), every connection configured as
 * `SQLITE_CONNECTION_SETTINGS` says (WAL, busy timeout, …); `@prisma/adapter-pg` for PostgreSQL.
 *
 * @example
 * createDriverAdapter('file:./data/slope.db').provider; // 'sqlite'
 */
export function createDriverAdapter(
  url: string,
  sqlite?: SqliteOptions,
): SqliteAdapterFactory | PrismaPg {
  if (databaseKind(url) === 'sqlite') {
    return new SqliteAdapterFactory({ url: `file:${sqliteFilePath(url)}` }, sqlite);
  }
  return new PrismaPg({ connectionString: url.trim() });
}

const cacheKey = Symbol.for('@slope/db.clients');
type ClientCache = Map<string, PrismaClient>;

/**
 * One shared client per URL, kept on `globalThis` so Next.js dev hot reloads reuse it
 * instead of opening a new pool each time.
 *
 * @example
 * const prisma = getPrisma(env.DATABASE_URL);
 */
export function getPrisma(url: string): PrismaClient {
  const store = globalThis as typeof globalThis & { [cacheKey]?: ClientCache };
  store[cacheKey] ??= new Map();
  let client = store[cacheKey].get(url);
  if (!client) {
    client = createPrismaClient(url);
    store[cacheKey].set(url, client);
  }
  return client;
}
