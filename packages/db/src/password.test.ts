import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('hashPassword / verifyPassword', async () => {
  const stored = await hashPassword('correct horse battery staple');

  it('stores scrypt parameters, salt and hash', () => {
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
  });

  it.each([
    { password: 'correct horse battery staple', expected: true },
    { password: 'correct horse battery stapl', expected: false },
    { password: '', expected: false },
  ])('verify($password) → $expected', async ({ password, expected }) => {
    expect(await verifyPassword(password, stored)).toBe(expected);
  });

  it('salts: two hashes of the same password differ and both verify', async () => {
    const again = await hashPassword('correct horse battery staple');
    expect(again).not.toBe(stored);
    expect(await verifyPassword('correct horse battery staple', again)).toBe(true);
  });

  const [, , , , salt, hash] = stored.split('$');
  it.each([
    '',
    'not a hash',
    `bcrypt$16384$8$1$${salt}$${hash}`,
    `scrypt$16384$8$1$${salt}`,
    `scrypt$16383$8$1$${salt}$${hash}`,
    `scrypt$1073741824$8$1$${salt}$${hash}`,
    `scrypt$16384$x$1$${salt}$${hash}`,
    `scrypt$16384$8$1$${salt}$***`,
    `scrypt$16384$8$1$$${hash}`,
    `scrypt$16384$8$1$${salt}$${hash}$extra`,
  ])('returns false for malformed %j', async (bad) => {
    await expect(verifyPassword('correct horse battery staple', bad)).resolves.toBe(false);
  });

  it('returns false for a non-string stored value', async () => {
    await expect(verifyPassword('x', null as unknown as string)).resolves.toBe(false);
  });
});
