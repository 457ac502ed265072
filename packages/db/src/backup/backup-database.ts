import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createClient } from '@libsql/client';
import { databaseKind, sqliteFilePath } from '../database-url.ts';
import { connectionSettingStatements } from '../sqlite/connection-settings.ts';

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

/**
 * A consistent copy of the database at `url`, taken while Slope keeps serving: SQLite's
 * `VACUUM INTO` (one read transaction: the copy is the database as of one commit, compacted),
 * or `pg_dump --format=custom` for PostgreSQL. The copy is written beside `target` and renamed
 * into place when complete, so `target` is never a half-written file; an existing `target` is
 * refused.
 *
 * @example
 * await backupDatabase('file:/srv/slope/data/slope.db', '/backups/slope-2026-12-02.db');
 */
export async function backupDatabase(url: string, target: string): Promise<BackupResult> {
  const file = resolve(target);
  if (existsSync(file)) throw new Error(`${file} already exists; choose another file name.`);
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  try {
    if (databaseKind(url) === 'sqlite') await vacuumInto(url, partial);
    else await pgDump(url, partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size, ms: Math.round(performance.now() - started) };
}

async function vacuumInto(url: string, partial: string): Promise<void> {
  const source = sqliteFilePath(url);
  if (!existsSync(source)) throw new Error(`There is no SQLite database at ${source}.`);
  const client = createClient({ url: `file:${source}` });
  try {
    for (const sql of connectionSettingStatements()) await client.execute(sql);
    await client.execute({ sql: 'VACUUM INTO ?', args: [partial] });
  } finally {
    client.close();
  }
}

function pgDump(url: string, partial: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('pg_dump', ['--format=custom', `--file=${partial}`, url.trim()], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) =>
      fail(
        new Error(
          `pg_dump could not be started (${error.message}); install the PostgreSQL client tools of your server's version.`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`pg_dump failed: ${stderr.trim() || `exit ${code}`}`)),
    );
  });
}
