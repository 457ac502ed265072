import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../client.ts';
import type { DatabaseKind } from '../database-url.ts';
import { createScratchDatabase, findPostgresServer } from '../migrate/index.ts';
import { backupDatabase } from './backup-database.ts';

const postgresUrl = process.env.PG_TEST_URL?.trim() || 'postgresql://127.0.0.1:5432/test';
const postgres = await findPostgresServer(postgresUrl);
const kinds: DatabaseKind[] = postgres.url ? ['sqlite', 'postgresql'] : ['sqlite'];
const dir = mkdtempSync(join(tmpdir(), 'slope-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A second process committing rows one by one; `acknowledged` holds what it reported. */
async function startWriter(url: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'write-load.fixture.ts'), url],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const acknowledged: number[] = [];
  const waiters: Array<() => void> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    acknowledged.push(Number(line));
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    acknowledged,
    /** resolves once the writer has acknowledged at least `count` rows */
    async reach(count: number) {
      while (acknowledged.length < count) {
        if (child.exitCode !== null) throw new Error('the writer exited');
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

describe.each(kinds)('backupDatabase on %s, while another process writes', (kind) => {
  it('copies every row committed before it, and the copy restores', async () => {
    const source = await createScratchDatabase(kind, {
      postgresServerUrl: postgres.url,
      prefix: 'slope_backup_src',
    });
    const restored = await createScratchDatabase(kind, {
      postgresServerUrl: postgres.url,
      prefix: 'slope_backup_dst',
    });
    const setup = createPrismaClient(source.url);
    await setup.$executeRawUnsafe('CREATE TABLE backup_probe (n INTEGER PRIMARY KEY)');
    await setup.$disconnect();
    const writer = await startWriter(source.url);
    try {
      await writer.reach(200);
      const committedBefore = [...writer.acknowledged];
      const file = join(dir, `${kind}.backup`);
      const backup = await backupDatabase(source.url, file);
      await writer.reach(committedBefore.length + 200); // still writing after the backup
      expect(backup.bytes).toBeGreaterThan(0);
      await expect(backupDatabase(source.url, file)).rejects.toThrow(/already exists/);

      // Restore as the README says: copy the file into place, or pg_restore into a database.
      let restoredUrl = `file:${file}`;
      if (kind === 'postgresql') {
        const run = spawnSync('pg_restore', ['--no-owner', `--dbname=${restored.url}`, file]);
        expect(run.stderr.toString()).toBe('');
        restoredUrl = restored.url;
      }
      const copy = createPrismaClient(restoredUrl);
      const rows = await copy.$queryRawUnsafe<{ n: number }[]>(
        'SELECT n FROM backup_probe ORDER BY n',
      );
      await copy.$disconnect();
      const inCopy = rows.map((r) => Number(r.n));
      expect(inCopy.slice(0, committedBefore.length)).toEqual(committedBefore);
      // A consistent snapshot: the rows of one moment, with no gap.
      expect(inCopy).toEqual(Array.from({ length: inCopy.length }, (_, i) => i + 1));
    } finally {
      await writer.stop();
      await source.drop();
      await restored.drop();
    }
  });
});
