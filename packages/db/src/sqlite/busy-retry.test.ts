import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../client.ts';
import { isBusyError } from './busy-retry.ts';

describe('isBusyError', () => {
  it.each([
    { error: { rawCode: 5 }, busy: true },
    { error: { rawCode: 517 }, busy: true }, // SQLITE_BUSY_SNAPSHOT
    { error: { rawCode: 6 }, busy: true },
    { error: { code: 'SQLITE_BUSY' }, busy: true },
    { error: new Error('wrapped', { cause: { rawCode: 261 } }), busy: true }, // BUSY_RECOVERY
    {
      error: { code: 'P1008', meta: { driverAdapterError: { cause: { originalCode: '5' } } } },
      busy: true, // as Prisma reports it: "Operation has timed out"
    },
    { error: { rawCode: 2067 }, busy: false }, // unique constraint
    { error: new Error('Operation has timed out'), busy: false },
    { error: null, busy: false },
  ])('$error → $busy', ({ error, busy }) => {
    expect(isBusyError(error)).toBe(busy);
  });
});

describe('a write meeting another process holding the write lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slope-busy-'));
  const url = `file:${join(dir, 'busy.db')}`;
  let blocker: Client;

  beforeAll(async () => {
    const setup = createPrismaClient(url);
    await setup.$executeRawUnsafe('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
    await setup.$disconnect();
    blocker = createClient({ url });
  });
  afterAll(() => {
    blocker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function holdWriteLock() {
    // BEGIN IMMEDIATE: holds the write lock until commit or rollback, as a writing process does.
    return blocker.transaction('write');
  }

  it('is retried after a back-off and lands once the lock is released', async () => {
    const held = await holdWriteLock();
    const retries: number[] = [];
    const prisma = createPrismaClient(url, {
      busyTimeoutMs: 1,
      busyRetry: {
        retries: 50,
        backoffMs: 1,
        // The blocker lets go only once the write has failed busy at least once.
        onRetry: (_error, retry) => {
          retries.push(retry);
          if (retry === 2) void held.commit();
        },
      },
    });
    try {
      await prisma.$executeRawUnsafe("INSERT INTO t (v) VALUES ('retried')");
      await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO t (v) VALUES ('in a transaction')");
      });
      const rows = await prisma.$queryRawUnsafe<{ v: string }[]>('SELECT v FROM t ORDER BY id');
      expect(rows.map((r) => r.v)).toEqual(['retried', 'in a transaction']);
      expect(retries.slice(0, 2)).toEqual([1, 2]);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('fails with the busy error when the retries run out, and the next write still commits', async () => {
    const held = await holdWriteLock();
    const prisma = createPrismaClient(url, { busyTimeoutMs: 1, busyRetry: { retries: 0 } });
    try {
      await expect(prisma.$executeRawUnsafe("INSERT INTO t (v) VALUES ('lost')")).rejects.toSatisfy(
        isBusyError,
      );
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe("INSERT INTO t (v) VALUES ('lost')");
        }),
      ).rejects.toSatisfy(isBusyError);
      await held.rollback();
      // libsql leaves a connection whose statement failed busy inside an open transaction;
      // a write acknowledged there would never be committed unless the connection is replaced.
      await prisma.$executeRawUnsafe("INSERT INTO t (v) VALUES ('next')");
      await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO t (v) VALUES ('next in a transaction')");
      });
    } finally {
      await prisma.$disconnect();
    }
    const check = createClient({ url });
    const rows = await check.execute(
      "SELECT v FROM t WHERE v IN ('lost', 'next', 'next in a transaction')",
    );
    check.close();
    expect(rows.rows.map((r) => r[0])).toEqual(['next', 'next in a transaction']);
  });
});
