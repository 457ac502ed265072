import { readFile } from 'node:fs/promises';
import { databaseKind, describeDatabase } from '../database-url.ts';
import { openMigrationConnection } from './connection.ts';
import { engineErrorMessage } from './engine-error.ts';
import { readMigrationList, writeMigration } from './migration-list.ts';
import { migrationsDirFor, schemaPathFor } from './paths.ts';
import { noExternalEntities, startSchemaEngine } from './wasm-engine.ts';

export interface CreateMigrationOptions {
  /**
   * The database to diff against: pending migrations are applied to it first, and it must
   * then match the migration history (an empty scratch database always does).
   */
  url: string;
  /** Short description, e.g. `add_due_dates`; becomes `<timestamp>_<name>`. */
  name: string;
  /** Use this folder name instead of the engine's `<timestamp>_<name>` (keeps both kinds in step). */
  folderName?: string;
  migrationsDir?: string;
  log?: (line: string) => void;
}

export interface CreatedMigration {
  /** Folder name of the new migration, or `null` when the schema had no changes. */
  name: string | null;
  /** Absolute path of the new migration folder. */
  path: string | null;
}

/**
 * Writes a new migration for the difference between the migration history and the current
 * schema (`prisma/<kind>/schema.prisma`), like `prisma migrate dev --create-only`, using the
 * WebAssembly schema engine. Does not apply it to the database at `url` beyond replaying
 * the existing history.
 */
export async function createMigration(options: CreateMigrationOptions): Promise<CreatedMigration> {
  const kind = databaseKind(options.url);
  const migrationsDir = options.migrationsDir ?? migrationsDirFor(kind);
  const schemaPath = schemaPathFor(kind);
  const schema = await readFile(schemaPath, 'utf8');
  const migrationName = options.name.replace(/[^A-Za-z0-9_]+/g, '_').slice(0, 200);
  const connection = await openMigrationConnection(options.url);
  try {
    const engine = await startSchemaEngine({
      schemaPath,
      schema,
      adapter: connection.adapter,
      log: options.log,
    });
    const fail = (step: string, error: unknown) =>
      new Error(
        `${step} on ${describeDatabase(options.url)} (${migrationsDir}) failed: ${engineErrorMessage(error)}`,
      );
    try {
      const migrationsList = await readMigrationList(migrationsDir);
      const filters = noExternalEntities;
      // On an empty SQLite database devDiagnostic fails (P1014) until the migrations table
      // exists, so apply the history first.
      await engine.applyMigrations({ migrationsList, filters }).catch((e: unknown) => {
        throw fail('Replaying existing migrations', e);
      });
      const diagnostic = await engine.devDiagnostic({ migrationsList, filters }).catch((e) => {
        throw fail('Checking migration history', e);
      });
      if (diagnostic.action.tag === 'reset') {
        throw new Error(
          `${describeDatabase(options.url)} does not match ${migrationsDir}: ` +
            `${diagnostic.action.reason.trim()} Reset or recreate that database, then retry.`,
        );
      }
      const out = await engine
        .createMigration({
          draft: false,
          migrationName,
          migrationsList,
          schema: { files: [{ path: schemaPath, content: schema }] },
          filters,
        })
        .catch((e: unknown) => {
          throw fail('Creating the migration', e);
        });
      if (out.migrationScript === null) return { name: null, path: null };
      const name = options.folderName ?? out.generatedMigrationName;
      const path = await writeMigration(migrationsDir, kind, name, out.migrationScript);
      return { name, path };
    } finally {
      engine.free();
    }
  } finally {
    await connection.close();
  }
}
