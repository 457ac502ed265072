import { createPrismaClient } from '@slope/db';
import { hashPassword, hashPasswordScrypt } from '@slope/db/password';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { authorizeCredentials, SIGN_IN_FAILED } from './credentials';
import { checkLimit, describeWait, recordHit } from './rate-limit';
import { inMemory, SIGN_IN, signInThrottle } from './throttle';

describe.each(testDatabaseKinds)('on %s', (kind) => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    database = await tempDatabase(kind);
    await database.prisma.user.create({
      data: {
        email: 'grace@example.com',
        name: 'Grace',
        role: 'INSTRUCTOR',
        passwordHash: await hashPassword('correct horse battery'),
      },
    });
  });
  afterAll(() => database.dispose());

  describe('authorizeCredentials', () => {
    it('answers a generic message with a request id when the database fails', async () => {
      const broken = createPrismaClient('file:/nonexistent-slope-dir/none.db');
      const failure = authorizeCredentials(
        broken,
        { email: 'grace@example.com', password: 'x' },
        signInThrottle(inMemory),
      );
      await expect(failure).rejects.toThrow(/^Something went wrong on the server \(request id /);
      await expect(failure).rejects.not.toThrow(/prisma|invocation|SQLITE/i);
    });

    it('signs in with the right password and carries the role and session version', async () => {
      const user = await authorizeCredentials(
        database.prisma,
        { email: ' Grace@example.com', password: 'correct horse battery' },
        signInThrottle(inMemory),
      );
      expect(user).toMatchObject({
        email: 'grace@example.com',
        name: 'Grace',
        role: 'INSTRUCTOR',
        sessionVersion: 0,
      });
    });

    it.each([
      { email: 'grace@example.com', password: 'wrong' },
      { email: 'nobody@example.com', password: 'correct horse battery' },
      { email: undefined, password: undefined },
    ])('answers one generic message for %j', async (input) => {
      await expect(
        authorizeCredentials(database.prisma, input, signInThrottle(inMemory)),
      ).rejects.toThrow(SIGN_IN_FAILED);
    });

    it(`refuses an address after ${SIGN_IN.perAccountAndAddress.points} attempts, before checking the password`, async () => {
      const throttle = signInThrottle(inMemory);
      const email = 'grace@example.com';
      const ip = '198.51.100.9';
      for (let i = 0; i < SIGN_IN.perAccountAndAddress.points; i++) {
        await expect(
          authorizeCredentials(database.prisma, { email, password: `guess ${i}`, ip }, throttle),
        ).rejects.toThrow(SIGN_IN_FAILED);
      }
      await expect(
        authorizeCredentials(
          database.prisma,
          { email, password: 'correct horse battery', ip },
          throttle,
        ),
      ).rejects.toThrow(/Too many failed sign-in attempts\. Try again in 15 minutes\./);
    });

    it('rehashes an older scrypt hash once the password matched', async () => {
      await database.prisma.user.create({
        data: {
          email: 'old@example.com',
          passwordHash: await hashPasswordScrypt('an old but fine password'),
        },
      });
      await authorizeCredentials(
        database.prisma,
        { email: 'old@example.com', password: 'an old but fine password' },
        signInThrottle(inMemory),
      );
      const row = await database.prisma.user.findUniqueOrThrow({
        where: { email: 'old@example.com' },
      });
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      await authorizeCredentials(
        database.prisma,
        { email: 'old@example.com', password: 'an old but fine password' },
        signInThrottle(inMemory),
      );
    });
  });

  describe('rate limit windows (submissions, class joins)', () => {
    const limit = { max: 2, windowMs: 60_000 };
    it('opens a new window once the old one has passed, and deletes expired rows', async () => {
      const t0 = new Date('2026-01-01T00:00:00Z');
      await recordHit(database.prisma, 'k', limit, t0);
      await recordHit(database.prisma, 'k', limit, t0);
      await recordHit(database.prisma, 'gone', limit, t0);
      expect(await checkLimit(database.prisma, 'k', limit, new Date(t0.getTime() + 1000))).toEqual({
        limited: true,
        retryAfterMs: 59_000,
      });
      const later = new Date(t0.getTime() + 61_000);
      expect((await checkLimit(database.prisma, 'k', limit, later)).limited).toBe(false);
      await recordHit(database.prisma, 'k', limit, later);
      expect(
        (await database.prisma.rateLimit.findUniqueOrThrow({ where: { key: 'k' } })).count,
      ).toBe(1);
      expect(await database.prisma.rateLimit.findUnique({ where: { key: 'gone' } })).toBeNull();
    });

    it.each([
      [500, '1 second'],
      [40_000, '40 seconds'],
      [60_000, '1 minute'],
      [14 * 60_000 + 1, '15 minutes'],
    ])('describes a wait of %i ms as "%s"', (ms, text) => {
      expect(describeWait(ms)).toBe(text);
    });
  });
});
