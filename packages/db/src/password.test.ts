import { describe, expect, it } from 'vitest';
import { hashPassword, hashPasswordScrypt, needsRehash, verifyPassword } from './password.ts';

describe('hashPassword / verifyPassword', async () => {
  const stored = await hashPassword('correct horse battery staple');

  it('stores an argon2id PHC string with its settings', () => {
    expect(stored).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    expect(needsRehash(stored)).toBe(false);
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

  it('still verifies the older scrypt hashes, and asks for them to be rehashed', async () => {
    const old = await hashPasswordScrypt('correct horse battery staple');
    expect(old).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse battery staple', old)).toBe(true);
    expect(await verifyPassword('wrong', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  const [, , , , salt, hash] = stored.split('$');
  it.each([
    '',
    'not a hash',
    `$argon2id$v=19$m=19456,t=2,p=1$${salt}`,
    `$argon2id$v=19$m=4194304,t=2,p=1$${salt}$${hash}`,
    `$argon2id$v=19$m=19456,t=99,p=1$${salt}$${hash}`,
    `$argon2i$v=19$m=19456,t=2,p=1$${salt}$${hash}`,
    `$argon2id$v=19$m=19456,t=2,p=1$${salt}$***`,
    `scrypt$16383$8$1$${salt}$${hash}`,
    `scrypt$1073741824$8$1$${salt}$${hash}`,
    `bcrypt$16384$8$1$${salt}$${hash}`,
  ])('returns false for malformed or tampered %j', async (bad) => {
    await expect(verifyPassword('correct horse battery staple', bad)).resolves.toBe(false);
  });

  it('returns false for a non-string stored value', async () => {
    await expect(verifyPassword('x', null as unknown as string)).resolves.toBe(false);
  });
});
