import { seededShuffle, seedFrom } from './spec-utils.ts';

/**
 * The one home of the order in which Ordering and Match show their items. No React, no DOM.
 *
 * Nothing of the key goes in: the items are first sorted by id (ids are hashes of the text, or
 * author-chosen names, so their sort order says nothing of the authored order), then shuffled
 * with `seed`. The server picks the seed — per learner from a secret, or a public one for
 * anonymous visitors — and the page only receives the result. A draw that `revealsKey` (the
 * right order itself, or items lined up with their targets) is re-drawn, so nobody is handed the
 * answer by luck (with 3 items that would be 1 draw in 6).
 *
 * @example shownOrder(['oa', 'ob', 'oc'], 42, (o) => o.join() === 'oa,ob,oc') // e.g. ['oc', 'oa', 'ob']
 */
export function shownOrder(
  ids: readonly string[],
  seed: number,
  revealsKey: (order: readonly string[]) => boolean,
): string[] {
  const canonical = [...ids].sort();
  if (canonical.length < 2) return canonical;
  let order = canonical;
  for (let draw = 0; draw < 32; draw++) {
    order = seededShuffle(canonical, (seed + Math.imul(draw, 0x9e3779b9)) >>> 0);
    if (!revealsKey(order)) return order;
  }
  // Every draw revealed the key (only possible when nearly every order does): try each rotation.
  for (let shift = 1; shift < order.length; shift++) {
    const rotated = [...order.slice(shift), ...order.slice(0, shift)];
    if (!revealsKey(rotated)) return rotated;
  }
  return order;
}

/** True when `order` is exactly `key`. */
export function sameOrder(order: readonly string[], key: readonly string[]): boolean {
  return order.length === key.length && order.every((id, i) => id === key[i]);
}

/** Puts `items` in the order of `ids`; items `ids` does not name keep their relative order, last. */
export function inShownOrder<T extends { id: string }>(
  items: readonly T[],
  ids: readonly string[] | undefined,
): T[] {
  if (!ids) return [...items];
  const rank = new Map(ids.map((id, i) => [id, i]));
  const last = Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last));
}

/** The seed for visitors who are not signed in: from the items' ids as a set (never their order). */
export function publicSeed(ids: readonly string[]): number {
  return seedFrom([...ids].sort().join('\n'));
}
