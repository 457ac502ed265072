import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@slope/db';
import { applyMigrations } from '@slope/db/migrate';

/** A migrated SQLite database in a temp folder, for tests of code that queries the database. */
export async function tempDatabase(): Promise<{
  prisma: PrismaClient;
  dispose: () => Promise<void>;
}> {
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
