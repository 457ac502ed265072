import { readdirSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from './apply-migrations.ts';
import { migrationsDirFor } from './paths.ts';
import { findPostgresServer } from './postgres-server.ts';
import { withScratchDatabase } from './scratch-database.ts';

// Needs a local PostgreSQL (trust auth). PG_TEST_URL overrides the server to use.
const serverUrl = process.env.PG_TEST_URL?.trim() || 'postgresql://127.0.0.1:5432/test';
const server = await findPostgresServer(serverUrl);
const skipReason =
  server.error === undefined ? '' : ` (SKIPPED: no PostgreSQL at ${serverUrl}: ${server.error})`;
if (skipReason) console.warn(`postgres.test.ts${skipReason}`);

const committed = readdirSync(migrationsDirFor('postgresql'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('applyMigrations on PostgreSQL', () => {
  it.skipIf(server.error !== undefined)(
    `applies the migrations to a fresh database, then is a no-op${skipReason}`,
    async () => {
      const dropped = await withScratchDatabase(
        'postgresql',
        async (url) => {
          expect(await applyMigrations({ url })).toEqual(committed);
          expect(await applyMigrations({ url })).toEqual([]);
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            const { rows } = await client.query<{ table_name: string }>(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
            );
            expect(rows.map((r) => r.table_name)).toEqual(
              expect.arrayContaining(['User', 'Submission', 'RateLimit', '_prisma_migrations']),
            );
          } finally {
            await client.end();
          }
          return new URL(url).pathname.slice(1);
        },
        { postgresServerUrl: server.url!, prefix: 'slope_test' },
      );
      // withScratchDatabase dropped it WITH (FORCE); make sure nothing is left behind.
      const admin = new pg.Client({ connectionString: server.url! });
      await admin.connect();
      try {
        const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dropped]);
        expect(left.rowCount).toBe(0);
      } finally {
        await admin.end();
      }
    },
  );
});
