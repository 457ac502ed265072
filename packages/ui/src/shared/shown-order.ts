import { seededShuffle, seedFrom } from './spec-utils.ts';

/**
 * The one home of the order in which Ordering and Match show their items. No React, no DOM.
 *
 * Nothing of the key goes in, and nothing comes out: the items are sorted by id (ids are hashes
 * of the text, or author-chosen names, so their sort order says nothing of the authored order),
 * then shuffled with `seed`, every order equally likely. The server picks the seed — per learner
 * from a secret, or a public one for anonymous visitors — and the page only receives the result.
 *
 * The key is deliberately not re-drawn when a draw happens to equal it: a rule that avoided the
 * key would say "not this one" on every page, and enough pages (one, with two items: the other
 * order is then always the answer) would name it. A learner shown the right order by chance
 * cannot tell; it is as likely as guessing it.
 *
 * @example shownOrder(['oa', 'ob', 'oc'], 42) // e.g. ['oc', 'oa', 'ob'], whatever the key
 */
export function shownOrder(ids: readonly string[], seed: number): string[] {
  return seededShuffle([...ids].sort(), seed);
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
