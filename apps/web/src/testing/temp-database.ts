import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@slope/db';
import { applyMigrations, findPostgresServer } from '@slope/db/migrate';

export interface TempDatabase {
  prisma: PrismaClient;
  dispose: () => Promise<void>;
}

/** A migrated SQLite database in a temp folder, for tests of code that queries the database. */
export async function tempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'slope-web-test-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  await applyMigrations({ url, log: () => {} });
  const prisma = createPrismaClient(url);
  return {
    prisma,
    async dispose() {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Test-only configuration (the app reads its environment in src/env.ts): the PostgreSQL server
// for tests of raw SQL, as in @slope/db's own tests.
const PG_SERVER = process.env.PG_TEST_URL?.trim() || 'postgresql://127.0.0.1:5432/test';

/**
 * A fresh, migrated PostgreSQL database on the local test server (dropped by `dispose`), or
 * the reason there is none, so tests of raw SQL can run on both databases or say they skipped.
 */
export async function tempPostgresDatabase(): Promise<TempDatabase | { skipped: string }> {
  const server = await findPostgresServer(PG_SERVER);
  if (!server.url) return { skipped: `no PostgreSQL at ${PG_SERVER}: ${server.error}` };
  const name = `slope_webtest_${randomBytes(5).toString('hex')}`;
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  await applyMigrations({ url: url.toString(), log: () => {} });
  const prisma = createPrismaClient(url.toString());
  return {
    prisma,
    async dispose() {
      await prisma.$disconnect();
      const admin = createPrismaClient(server.url);
      try {
        await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.$disconnect();
      }
    },
  };
}
