import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { type Algorithm, hash, type Options, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's first recommended setting: 19 MiB, 2 passes, 1 lane. Hashes made with
 * other settings (or with the scrypt this module used before) still verify, and
 * {@link needsRehash} says to replace them.
 */
const ARGON2: Options = {
  algorithm: 2 as Algorithm, // Argon2id (a const enum, not present at run time)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

/**
 * Hashes a password with argon2id (random 16-byte salt), as a PHC string.
 *
 * @example
 * await hashPassword('hunter2'); // '$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>'
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/**
 * Whether `password` matches a stored hash (argon2id, or the older scrypt format). Compares in
 * constant time and returns false (never throws) for a malformed or tampered stored value.
 *
 * @example
 * await verifyPassword('hunter2', user.passwordHash); // true or false
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (typeof stored !== 'string') return false;
  if (stored.startsWith('$argon2')) return verifyArgon2(password, stored);
  return verifyScrypt(password, stored);
}

/**
 * Whether a hash that just verified should be replaced by `hashPassword`'s (older algorithm or
 * weaker settings). Call it after a successful sign-in, when the password is at hand.
 */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT_PREFIX);
}

async function verifyArgon2(password: string, stored: string): Promise<boolean> {
  // Only sane settings, so a tampered value cannot make us burn memory or CPU.
  const match =
    /^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,2}),p=(\d{1,2})\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{16,128}$/.exec(
      stored,
    );
  if (!match) return false;
  const [m, t, p] = match.slice(1, 4).map(Number) as [number, number, number];
  if (m < 8 * 1024 || m > 256 * 1024 || t < 1 || t > 10 || p < 1 || p > 4) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// The format before argon2id: `scrypt$N$r$p$<salt base64>$<hash base64>`.
function derive(
  password: string,
  salt: Buffer,
  n: number,
  r: number,
  p: number,
  keyLength: number,
) {
  return new Promise<Buffer>((resolve, reject) => {
    // maxmem: scrypt needs 128·N·r bytes; allow headroom above Node's 32 MiB default.
    scrypt(password, salt, keyLength, { N: n, r, p, maxmem: 256 * n * r + 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** A hash in the older scrypt format (for tests of the upgrade path and old databases). */
export async function hashPasswordScrypt(password: string, n = 16384): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, n, 8, 1, 64);
  return ['scrypt', n, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const powerOfTwo = Number.isInteger(n) && n >= 2 && (n & (n - 1)) === 0;
  if (!powerOfTwo || n > 2 ** 20 || !Number.isInteger(r) || r < 1 || r > 32) return false;
  if (!Number.isInteger(p) || p < 1 || p > 16) return false;
  const base64 = /^[A-Za-z0-9+/]+={0,2}$/;
  if (!base64.test(parts[4]!) || !base64.test(parts[5]!)) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (salt.length === 0 || expected.length < 16 || expected.length > 256) return false;
  try {
    const actual = await derive(password, salt, n, r, p, expected.length);
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
