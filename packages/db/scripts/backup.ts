// `pnpm db:backup [file]`: a consistent copy of DATABASE_URL's database while Slope serves.
import { join, resolve } from 'node:path';
import { backupDatabase } from '../src/backup/backup-database.ts';
import { databaseKind, describeDatabase, findRepoRoot } from '../src/index.ts';
import { databaseUrlFromEnv } from './database-url-from-env.ts';

async function main(): Promise<void> {
  const url = databaseUrlFromEnv();
  const from = process.env.INIT_CWD ?? process.cwd();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const extension = databaseKind(url) === 'sqlite' ? 'db' : 'dump';
  const target = process.argv[2]
    ? resolve(from, process.argv[2])
    : join(findRepoRoot(from), 'data', 'backups', `slope-${stamp}.${extension}`);
  const { file, bytes, ms } = await backupDatabase(url, target);
  console.log(
    `Backed up ${describeDatabase(url)} to ${file} (${(bytes / 1024).toFixed(0)} KB, ${ms} ms).`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db backup: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
