import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../client.ts';
import { SQLITE_CONNECTION_SETTINGS } from './connection-settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'slope-sqlite-settings-'));
const file = join(dir, 'settings.db');
let prisma: PrismaClient;

type Reader = { $queryRawUnsafe: PrismaClient['$queryRawUnsafe'] };

async function readSettings(reader: Reader) {
  const found: Record<string, unknown> = {};
  for (const { pragma } of SQLITE_CONNECTION_SETTINGS) {
    const rows = await reader.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`);
    found[pragma] = Object.values(rows[0] ?? {})[0];
  }
  return found;
}

const expected = Object.fromEntries(
  SQLITE_CONNECTION_SETTINGS.map(({ pragma, readBack }) => [pragma, readBack]),
);

beforeAll(async () => {
  prisma = createPrismaClient(`file:${file}`);
  await prisma.$executeRawUnsafe('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
});
afterAll(async () => {
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('every SQLite connection the client factory opens', () => {
  it('runs with WAL, a 5 s busy timeout, synchronous NORMAL and foreign keys', async () => {
    expect(await readSettings(prisma)).toEqual(expected);
  });

  it('still does inside a transaction and on the connection opened after it', async () => {
    // libsql gives its connection to each transaction and opens a new one for what follows.
    for (let round = 0; round < 3; round++) {
      const inside = await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('${round}')`);
        return readSettings(tx);
      });
      expect(inside).toEqual(expected);
      expect(await readSettings(prisma)).toEqual(expected);
    }
    // A nested write runs in a transaction Prisma starts itself.
    expect(await prisma.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('after')`)).toBe(1);
    expect(await readSettings(prisma)).toEqual(expected);
  });

  it('leaves the file in WAL mode for other processes too', async () => {
    const other = createClient({ url: `file:${file}` }); // a plain client, no settings
    try {
      const rows = await other.execute('PRAGMA journal_mode');
      expect(rows.rows[0]?.[0]).toBe('wal');
    } finally {
      other.close();
    }
  });
});
