import { describe, expect, it } from 'vitest';
import {
  checkOrdering,
  orderingAnswerSchema,
  orderingShownOrder,
  orderingSpecSchema,
  toOrderingProps,
  validateOrderingSpec,
} from './spec.ts';

const steps = [
  'Initialise the weights $w_0$',
  'Compute the loss $L(w)$',
  'Compute the gradient $\\nabla L(w)$',
  'Update $w \\leftarrow w - \\eta \\nabla L(w)$',
  'Repeat until the loss stops falling',
];
const spec = orderingSpecSchema.parse({
  prompt: 'Order the steps of gradient descent',
  items: steps,
  maxAttempts: 2,
});

describe('ordering spec', () => {
  it.each([
    {
      name: 'duplicate items',
      input: { prompt: 'P', items: ['a', 'b', 'a'] },
      prop: 'items[2]',
      message: /duplicate of item 0/,
    },
    {
      name: 'one item',
      input: { prompt: 'P', items: ['a'] },
      prop: 'items',
      message: /at least 2/,
    },
    {
      name: 'empty item',
      input: { prompt: 'P', items: ['a', ''] },
      prop: 'items[1]',
      message: /must not be empty/,
    },
    { name: 'missing prompt', input: { items: ['a', 'b'] }, prop: 'prompt', message: /./ },
  ])('rejects $name', ({ input, prop, message }) => {
    const result = validateOrderingSpec(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual({ prop, message: expect.stringMatching(message) });
  });

  it('shows anonymous visitors one order, drawn from the items as a set', () => {
    const a = toOrderingProps(spec);
    expect(a).toEqual(toOrderingProps(spec));
    expect(new Set(a.items.map((i) => i.text))).toEqual(new Set(steps));
    // another key, the same items: the same order (so it says nothing of the key)
    const reversed = orderingSpecSchema.parse({ ...spec, items: [...steps].reverse() });
    expect(toOrderingProps(reversed).items).toEqual(a.items);
    const shownOf = (items: string[]) =>
      toOrderingProps(orderingSpecSchema.parse({ prompt: 'P', items })).items.map((i) => i.text);
    expect(shownOf(['x', 'y'])).toEqual(shownOf(['y', 'x']));
  });

  it('judges each position', () => {
    const ids = toOrderingProps(spec).items;
    const idOf = (t: string) => ids.find((i) => i.text === t)?.id ?? '';
    const right = steps.map(idOf);
    const swapped = [right[1], right[0], ...right.slice(2)] as string[];
    const fb = checkOrdering(spec, { order: swapped });
    expect(fb.correct).toBe(false);
    expect(fb.positions).toEqual([false, false, true, true, true]);
    expect(fb.solution).toBeNull();
    expect(checkOrdering(spec, { order: swapped }, { attemptsUsed: 2 }).solution).toEqual(right);
    expect(checkOrdering(spec, { order: right }).correct).toBe(true);
    expect(checkOrdering(spec, { order: right.slice(1) }).correct).toBe(false);
  });

  it('shows each seed its own order, drawn without the right one (which it may be)', () => {
    const key = toOrderingProps(spec)
      .items.map((i) => i.id)
      .sort();
    const right = checkOrdering(spec, { order: [] }, { attemptsUsed: 2 }).solution ?? [];
    const otherKey = { ...spec, items: [...spec.items].reverse() };
    const seen = new Set<string>();
    for (let seed = 0; seed < 1200; seed++) {
      const order = orderingShownOrder(spec, seed);
      expect([...order].sort()).toEqual(key);
      // Another right order, the same shown order: the page says nothing of the key.
      expect(orderingShownOrder(otherKey, seed)).toEqual(order);
      seen.add(order.join());
    }
    expect(seen.size).toBeGreaterThan(100);
    expect(seen.has(right.join())).toBe(true);
    expect(toOrderingProps(spec, { seed: 5 }).items.map((i) => i.id)).toEqual(
      orderingShownOrder(spec, 5),
    );
  });

  it.each([
    { name: 'a missing item', drop: 1, field: 'order', message: /all 5 items/ },
    { name: 'an unknown item', replace: 'zz', field: 'order.0', message: /not an item/ },
    { name: 'an item twice', replace: 'dup', field: 'order', message: /twice/ },
  ])('refuses an order with $name, naming the field', ({ drop, replace, field, message }) => {
    let order = toOrderingProps(spec).items.map((i) => i.id);
    if (drop) order = order.slice(drop);
    if (replace === 'zz') order[0] = 'zz';
    if (replace === 'dup') order[0] = order[1] ?? '';
    const parsed = orderingAnswerSchema(spec).safeParse({ order });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe(field);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
  });
});
