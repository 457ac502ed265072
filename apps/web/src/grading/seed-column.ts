/**
 * Grading seeds are unsigned 32-bit numbers (`seedFor`), but `Submission.seed` is an `Int`:
 * a signed 32-bit `integer` on PostgreSQL, which refuses half of all seeds. Stored as the
 * same 32 bits read signed; read back unsigned. (Rows SQLite stored unsigned read back
 * unchanged.)
 *
 * @example toSeedColumn(3_475_568_910) // -819_398_386
 * @example fromSeedColumn(-819_398_386) // 3_475_568_910
 */
export const toSeedColumn = (seed: number): number => seed | 0;

export const fromSeedColumn = (value: number): number => value >>> 0;
