import { describe, expect, it } from 'vitest';
import { inShownOrder, publicSeed, sameOrder, shownOrder } from './shown-order.ts';

const ids = ['oc', 'oa', 'od', 'ob'];
const key = ['oa', 'ob', 'oc', 'od'];

describe('shownOrder', () => {
  it('is deterministic per seed and holds every id once', () => {
    const order = shownOrder(ids, 7, (o) => sameOrder(o, key));
    expect(shownOrder(ids, 7, (o) => sameOrder(o, key))).toEqual(order);
    expect([...order].sort()).toEqual(key);
  });

  it('never shows the key, whatever the seed', () => {
    for (let seed = 0; seed < 500; seed++)
      expect(shownOrder(key, seed, (o) => sameOrder(o, key))).not.toEqual(key);
    // two items: the only other order
    for (let seed = 0; seed < 50; seed++)
      expect(shownOrder(['b', 'a'], seed, (o) => sameOrder(o, ['a', 'b']))).toEqual(['b', 'a']);
  });

  it('does not depend on the order the ids come in (so not on the key)', () => {
    for (let seed = 0; seed < 50; seed++)
      expect(shownOrder(ids, seed, () => false)).toEqual(shownOrder(key, seed, () => false));
    expect(publicSeed(ids)).toBe(publicSeed(key));
  });

  it('differs between seeds', () => {
    const seen = new Set(
      Array.from({ length: 40 }, (_, seed) => shownOrder(key, seed, () => false).join()),
    );
    expect(seen.size).toBeGreaterThan(10);
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
