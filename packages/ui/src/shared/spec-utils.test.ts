import { describe, expect, it } from 'vitest';
import { orderingSpecSchema } from '../ordering/spec.ts';
import { formatSpecIssues, seededShuffle, stableId, validateWith } from './spec-utils.ts';

describe('spec utils', () => {
  it('formats issues for the content checker, one line per problem', () => {
    const result = validateWith(orderingSpecSchema, { prompt: 'P', items: ['a', 'a'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatSpecIssues('Ordering', result.issues)).toBe(
      '<Ordering> prop "items[1]": duplicate of item 0 ("a"): every item must be distinct, or the order is ambiguous',
    );
  });

  it('shuffles deterministically and ids are stable', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(seededShuffle(items, 42)).toEqual(seededShuffle(items, 42));
    expect([...seededShuffle(items, 42)].sort()).toEqual(items);
    expect(stableId('gradient')).toBe(stableId('gradient'));
    expect(stableId('gradient')).not.toBe(stableId('Gradient'));
  });
});
