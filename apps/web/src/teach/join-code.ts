import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: codes are read aloud and copied from slides. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A new random join code, `XXXX-XXXX` (31⁸ ≈ 8.5·10¹¹ codes; joining is rate-limited).
 *
 * @example newJoinCode() // 'K7QM-3WXA'
 */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A typed code in its stored form: upper case, spaces and dashes dropped, and the dash put back
 * after four characters for an eight-character code. Null when it cannot be a code.
 *
 * @example normalizeJoinCode(' demo calc ') // 'DEMO-CALC'
 * @example normalizeJoinCode('k7qm3wxa')    // 'K7QM-3WXA'
 */
export function normalizeJoinCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]+/g, '');
  if (!/^[A-Z0-9]{4,16}$/.test(bare)) return null;
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
}
