import { createPrismaClient, type DatabaseKind, type PrismaClient } from '@slope/db';
import { applyMigrations, createScratchDatabase, findPostgresServer } from '@slope/db/migrate';

// Tests read their service locations here (PG_TEST_URL, CI); the app itself reads env.ts only.
const postgresUrl = process.env.PG_TEST_URL?.trim() || 'postgresql://127.0.0.1:5432/test';
const postgres = await findPostgresServer(postgresUrl);
if (postgres.error !== undefined && !process.env.CI)
  console.warn(`PostgreSQL tests SKIPPED: no PostgreSQL at ${postgresUrl}: ${postgres.error}`);

/**
 * The databases the database tests run on: SQLite always, PostgreSQL when a server answers
 * at PG_TEST_URL (default the local one). In CI (`CI` set) PostgreSQL is never skipped: its
 * tests run and fail when the server is missing.
 *
 * @example
 * describe.each(testDatabaseKinds)('on %s', (kind) => { beforeAll(() => tempDatabase(kind)) … })
 */
export const testDatabaseKinds: DatabaseKind[] =
  postgres.error === undefined || process.env.CI ? ['sqlite', 'postgresql'] : ['sqlite'];

export interface TempDatabase {
  kind: DatabaseKind;
  url: string;
  prisma: PrismaClient;
  dispose: () => Promise<void>;
}

/**
 * A migrated, empty database for tests of code that queries the database: a temp SQLite file,
 * or a scratch database on the test PostgreSQL server (dropped by `dispose`).
 */
export async function tempDatabase(kind: DatabaseKind = 'sqlite'): Promise<TempDatabase> {
  if (kind === 'postgresql' && !postgres.url)
    throw new Error(`no PostgreSQL server at ${postgresUrl}: ${postgres.error}`);
  const scratch = await createScratchDatabase(kind, {
    postgresServerUrl: postgres.url,
    prefix: 'slope_web_test',
  });
  await applyMigrations({ url: scratch.url, log: () => {} });
  const prisma = createPrismaClient(scratch.url);
  return {
    kind,
    url: scratch.url,
    prisma,
    async dispose() {
      await prisma.$disconnect();
      await scratch.drop();
    },
  };
}
