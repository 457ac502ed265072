// `pnpm db:migrate` (deploy) and `pnpm db:migrate:dev --name <change>` (dev).
// Drives Prisma's WebAssembly schema engine; see ../README.md for why.
import { parseArgs } from 'node:util';
import { describeDatabase } from '../src/database-url.ts';
import { oneLine } from '../src/migrate/engine-error.ts';
import {
  applyMigrations,
  createMigration,
  findPostgresServer,
  withScratchDatabase,
} from '../src/migrate/index.ts';
import { databaseUrlFromEnv } from './database-url-from-env.ts';

const USAGE = 'usage: migrate.ts deploy | migrate.ts dev --name <change>';

async function deploy(url: string): Promise<void> {
  const started = performance.now();
  const applied = await applyMigrations({ url });
  const ms = Math.round(performance.now() - started);
  if (applied.length === 0) {
    console.log(`${describeDatabase(url)} is up to date; nothing to apply (${ms} ms).`);
  } else {
    console.log(`Applied ${applied.length} migration(s) to ${describeDatabase(url)} in ${ms} ms:`);
    for (const name of applied) console.log(`  ${name}`);
  }
}

async function dev(url: string, name: string): Promise<void> {
  // Each migration is generated against a fresh scratch database that replays the history,
  // so the result depends only on the migrations folder and the schema file.
  const sqlite = await withScratchDatabase('sqlite', (scratch) =>
    createMigration({ url: scratch, name }),
  );
  console.log(
    sqlite.name
      ? `Created SQLite migration ${sqlite.path}`
      : 'SQLite: no schema changes, no migration created.',
  );

  const pgServer = process.env.MIGRATE_PG_URL?.trim() || 'postgresql://127.0.0.1:5432/test';
  const server = await findPostgresServer(pgServer);
  if (server.error !== undefined) {
    console.warn(
      `SKIPPED the PostgreSQL migration: cannot reach ${describeDatabase(pgServer)} (${server.error}). ` +
        'Start a server or set MIGRATE_PG_URL, then run this command again to create it.',
    );
  } else {
    const postgres = await withScratchDatabase(
      'postgresql',
      (scratch) => createMigration({ url: scratch, name, folderName: sqlite.name ?? undefined }),
      { postgresServerUrl: server.url, prefix: 'slope_migrate' },
    );
    console.log(
      postgres.name
        ? `Created PostgreSQL migration ${postgres.path}`
        : 'PostgreSQL: no schema changes, no migration created.',
    );
  }
  await deploy(url);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string', short: 'n' } },
  });
  const command = positionals[0];
  const url = databaseUrlFromEnv();
  if (command === 'deploy') return deploy(url);
  if (command === 'dev') {
    if (!values.name?.trim()) throw new Error(`migrate dev needs --name <change>. ${USAGE}`);
    return dev(url, values.name.trim());
  }
  throw new Error(USAGE);
}

// The schema engine leaves long timers armed, so exit explicitly either way.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db migrate: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    process.exit(1);
  },
);
