import { describe, expect, it } from 'vitest';
import { inShownOrder, publicSeed, shownOrder } from './shown-order.ts';

const ids = ['oc', 'oa', 'od', 'ob'];
const key = ['oa', 'ob', 'oc', 'od'];

describe('shownOrder', () => {
  it('is deterministic per seed and holds every id once', () => {
    const order = shownOrder(ids, 7);
    expect(shownOrder(ids, 7)).toEqual(order);
    expect([...order].sort()).toEqual(key);
  });

  it('does not depend on the order the ids come in (so not on the key)', () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(shownOrder(ids, seed)).toEqual(shownOrder(key, seed));
      expect(shownOrder(ids, seed)).toEqual(shownOrder([...key].reverse(), seed));
    }
    expect(publicSeed(ids)).toBe(publicSeed(key));
  });

  it('shows every order equally often, the key included: avoiding it would name it', () => {
    // 3 items, 6,000 seeds: each of the 6 orders ~1,000 times (5 binomial standard errors).
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 6000; seed++) {
      const order = shownOrder(['a', 'b', 'c'], seed * 7919).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(5 * Math.sqrt(833));
    // two items: both orders occur, so a page says nothing of which is right
    const two = new Set(
      Array.from({ length: 20 }, (_, seed) => shownOrder(['a', 'b'], seed).join()),
    );
    expect(two.size).toBe(2);
  });

  it.each([
    { items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], ids: ['c', 'a', 'b'], expected: 'cab' },
    { items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], ids: ['b'], expected: 'bac' },
    { items: [{ id: 'a' }, { id: 'b' }], ids: undefined, expected: 'ab' },
  ])('inShownOrder($ids) → $expected', ({ items, ids, expected }) => {
    expect(
      inShownOrder(items, ids)
        .map((i) => i.id)
        .join(''),
    ).toBe(expected);
  });
});
