export { type ApplyMigrationsOptions, applyMigrations } from './apply-migrations.ts';
export {
  type CreatedMigration,
  type CreateMigrationOptions,
  createMigration,
} from './create-migration.ts';
export { findPostgresServer } from './postgres-server.ts';
export {
  createScratchDatabase,
  type ScratchOptions,
  withScratchDatabase,
} from './scratch-database.ts';
