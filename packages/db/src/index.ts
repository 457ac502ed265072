// @slope/db — Prisma schema, migrations, client factory and seed for Slope.
// Migrations live in '@slope/db/migrate' so app bundles do not pull in the schema engine.
export {
  createDriverAdapter,
  createPrismaClient,
  type DatabaseClient,
  type DatabaseKind,
  databaseKind,
  getPrisma,
  type PrismaClient,
} from './client.ts';
export { describeDatabase, redactUrl, sqliteFilePath } from './database-url.ts';
export { type DemoMode, DemoModeError, demoMode, publicPasswordsMessage } from './demo-mode.ts';
export type {
  Account,
  Class,
  ClassExerciseSetting,
  ClassMembership,
  Course,
  Exercise,
  ExerciseProgress,
  Lesson,
  LessonProgress,
  PracticeResponse,
  RateLimit,
  Session,
  Submission,
  User,
  VerificationToken,
} from './generated/sqlite/client.ts';
export { Prisma } from './generated/sqlite/client.ts';
export * from './generated/sqlite/enums.ts';
export { hashPassword, verifyPassword } from './password.ts';
export { defaultDatabaseUrl, findRepoRoot } from './repo-root.ts';
export {
  DEMO_CLASS_JOIN_CODE,
  DEMO_CLASS_NAME,
  demoAccounts,
  demoAccountsWithPublicPasswords,
  removeDemoData,
  type SeedOptions,
  type SeedSummary,
  seed,
} from './seed/seed.ts';
export { type BusyRetryOptions, isBusyError, retryWhileBusy } from './sqlite/busy-retry.ts';
export { SQLITE_CONNECTION_SETTINGS } from './sqlite/connection-settings.ts';
export { SqliteAdapterFactory, type SqliteOptions } from './sqlite/libsql-factory.ts';
