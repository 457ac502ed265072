import { verifyPassword } from '@slope/db/password';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { signUp } from './signup';

describe.each(testDatabaseKinds)('on %s', (kind) => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    database = await tempDatabase(kind);
  });
  afterAll(() => database.dispose());

  const good = { name: 'Ada', email: 'Ada@Example.com ', password: 'slopes all the way down' };

  describe('signUp', () => {
    it('creates a learner with a hashed password and a normalised email', async () => {
      const result = await signUp(database.prisma, good);
      expect(result.ok).toBe(true);
      const user = await database.prisma.user.findUniqueOrThrow({
        where: { email: 'ada@example.com' },
      });
      expect(user.role).toBe('LEARNER');
      expect(user.passwordHash).not.toContain(good.password);
      expect(await verifyPassword(good.password, user.passwordHash!)).toBe(true);
    });

    it('answers a taken email exactly as a new one, and changes nothing', async () => {
      const before = await database.prisma.user.findUniqueOrThrow({
        where: { email: 'ada@example.com' },
      });
      const again = await signUp(database.prisma, {
        ...good,
        name: 'Mallory',
        password: 'another long passphrase here',
      });
      expect(again).toEqual({ ok: true });
      expect(
        await database.prisma.user.findUniqueOrThrow({ where: { email: 'ada@example.com' } }),
      ).toEqual(before);
    });

    it.each([
      [{ ...good, email: 'not-an-email' }, 'email', /valid email/],
      [{ ...good, email: 'b@example.com', password: 'short' }, 'password', /at least 10/],
      [
        { ...good, email: 'b@example.com', password: 'password123' },
        'password',
        /too easy to guess/,
      ],
      [
        { ...good, email: 'b@example.com', password: 'aaaaaaaaaaaa' },
        'password',
        /too easy to guess/,
      ],
      [
        { ...good, email: 'gauss@example.com', password: 'gauss-was-here-1777' },
        'password',
        /email address/,
      ],
      [{ ...good, email: 'b@example.com', name: '   ' }, 'name', /Enter your name/],
      [{ ...good, email: 'b@example.com', name: 'Ada\u0000' }, 'name', /control characters/],
      [{ ...good, email: 'b@example.com', name: 'Ada\u202Egnp.exe' }, 'name', /control characters/],
      [{ ...good, email: 'b@example.com', name: 'Ada \uFFFD' }, 'name', /control characters/],
      [{}, 'email', /valid email/],
    ] as const)(
      'refuses %j with an error on %s and writes nothing',
      async (input, field, message) => {
        const before = await database.prisma.user.count();
        const result = await signUp(database.prisma, input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.fieldErrors[field]).toMatch(message);
        expect(await database.prisma.user.count()).toBe(before);
      },
    );

    it('creates one account from two simultaneous sign-ups with one email, and answers both alike', async () => {
      const input = { ...good, email: 'race@example.com' };
      const results = await Promise.all([
        signUp(database.prisma, input),
        signUp(database.prisma, input),
      ]);
      expect(results).toEqual([{ ok: true }, { ok: true }]);
      expect(await database.prisma.user.count({ where: { email: 'race@example.com' } })).toBe(1);
    });
  });
});
