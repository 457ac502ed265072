import { readFile } from 'node:fs/promises';
import { databaseKind, describeDatabase } from '../database-url.ts';
import { openMigrationConnection } from './connection.ts';
import { engineErrorMessage } from './engine-error.ts';
import { readMigrationList } from './migration-list.ts';
import { migrationsDirFor, schemaPathFor } from './paths.ts';
import { noExternalEntities, startSchemaEngine } from './wasm-engine.ts';

export interface ApplyMigrationsOptions {
  /** `file:…` (SQLite) or `postgres(ql)://…` (PostgreSQL). */
  url: string;
  /** Defaults to this package's `prisma/<kind>/migrations`. */
  migrationsDir?: string;
  /** Receives the schema engine's JSON log lines (for debugging). */
  log?: (line: string) => void;
}

/**
 * Applies every pending migration to the database at `url` with Prisma's WebAssembly schema
 * engine (no native engine needed), creating the SQLite file / PostgreSQL database if missing.
 * Returns the names of the migrations it applied; `[]` when the database was up to date.
 *
 * @example
 * await applyMigrations({ url: 'file:/srv/slope/data/slope.db' }); // ['20261126_init']
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const kind = databaseKind(options.url);
  const migrationsDir = options.migrationsDir ?? migrationsDirFor(kind);
  const schemaPath = schemaPathFor(kind);
  const [schema, migrationsList] = await Promise.all([
    readFile(schemaPath, 'utf8'),
    readMigrationList(migrationsDir),
  ]);
  const connection = await openMigrationConnection(options.url);
  try {
    const engine = await startSchemaEngine({
      schemaPath,
      schema,
      adapter: connection.adapter,
      log: options.log,
    });
    try {
      const out = await engine.applyMigrations({ migrationsList, filters: noExternalEntities });
      return out.appliedMigrationNames;
    } catch (error) {
      throw new Error(
        `Migrating ${describeDatabase(options.url)} from ${migrationsDir} failed: ${engineErrorMessage(error)}`,
      );
    } finally {
      engine.free();
    }
  } finally {
    await connection.close();
  }
}
