/**
 * A stable 32-bit seed per learner and exercise (FNV-1a over both ids), so a learner gets the
 * same hidden cases on every attempt and two learners get different ones.
 *
 * @example
 * seedFor('user-1', 'mse-gradient') === seedFor('user-1', 'mse-gradient') // true
 */
export function seedFor(userId: string, exerciseId: string): number {
  let h = 0x811c9dc5;
  const text = `${userId}\u0000${exerciseId}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so similar ids give unrelated seeds.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
