import { describe, expect, it } from 'vitest';
import {
  checkMatch,
  matchAnswerSchema,
  matchShownOrder,
  matchSpecSchema,
  toMatchProps,
  validateMatchSpec,
} from './spec.ts';

const spec = matchSpecSchema.parse({
  prompt: 'Match each idea to its meaning',
  targets: [
    { id: 'slope', text: 'slope of the tangent line' },
    { id: 'partials', text: 'vector of partial derivatives' },
  ],
  items: [
    { id: 'derivative', text: 'derivative', target: 'slope' },
    {
      id: 'gradient',
      text: 'gradient',
      target: 'partials',
      feedback: 'A gradient has one entry per input.',
    },
  ],
  maxAttempts: 1,
});

describe('match spec', () => {
  const base = {
    prompt: 'P',
    targets: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ],
  };
  it.each([
    {
      name: 'a target no item maps to',
      input: {
        ...base,
        items: [
          { text: 'x', target: 'a' },
          { text: 'y', target: 'a' },
        ],
        variant: 'categorize',
      },
      prop: 'targets[1]',
      message: /no item maps to target "b"/,
    },
    {
      name: 'an item pointing at a missing target',
      input: {
        ...base,
        items: [
          { text: 'x', target: 'a' },
          { text: 'y', target: 'c' },
        ],
      },
      prop: 'items[1].target',
      message: /no target has id "c"/,
    },
    {
      name: 'two items on one target in a match',
      input: {
        ...base,
        targets: [{ id: 'a', text: 'A' }],
        items: [
          { text: 'x', target: 'a' },
          { text: 'y', target: 'a' },
        ],
      },
      prop: 'targets[0]',
      message: /use variant "categorize"/,
    },
    {
      name: 'duplicate items',
      input: {
        ...base,
        items: [
          { text: 'x', target: 'a' },
          { text: 'x', target: 'b' },
        ],
      },
      prop: 'items[1]',
      message: /duplicate of item 0/,
    },
    {
      name: 'duplicate target ids',
      input: {
        ...base,
        targets: [
          { id: 'a', text: 'A' },
          { id: 'a', text: 'B' },
        ],
        items: [
          { text: 'x', target: 'a' },
          { text: 'y', target: 'a' },
        ],
        variant: 'categorize',
      },
      prop: 'targets[1].id',
      message: /duplicate target id/,
    },
  ])('rejects $name', ({ input, prop, message }) => {
    const result = validateMatchSpec(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual({ prop, message: expect.stringMatching(message) });
  });

  it('strips the mapping from client props', () => {
    const props = toMatchProps(spec);
    expect(JSON.stringify(props)).not.toMatch(/"target"|feedback|one entry per input/);
    expect(props.items.map((i) => i.id).sort()).toEqual(['derivative', 'gradient']);
  });

  it('judges each pair and gives feedback on a wrong one', () => {
    const fb = checkMatch(spec, { placements: { derivative: 'slope', gradient: 'slope' } });
    expect(fb.correct).toBe(false);
    expect(fb.pairs).toEqual([
      {
        itemId: 'derivative',
        targetId: 'slope',
        correct: true,
        feedback: null,
        expectedTargetId: 'slope',
      },
      {
        itemId: 'gradient',
        targetId: 'slope',
        correct: false,
        feedback: 'A gradient has one entry per input.',
        expectedTargetId: 'partials',
      },
    ]);
    expect(
      checkMatch(spec, { placements: { derivative: 'slope', gradient: 'partials' } }).correct,
    ).toBe(true);
  });

  it('shows the items in an order drawn without the pairs: both orders occur', () => {
    const swapped = {
      ...spec,
      items: spec.items.map((item) => ({
        ...item,
        target: item.target === 'slope' ? 'partials' : 'slope',
      })),
    };
    const seen = new Set<string>();
    for (let seed = 0; seed < 100; seed++) {
      const order = matchShownOrder(spec, seed);
      expect(matchShownOrder(swapped, seed)).toEqual(order);
      seen.add(order.join());
    }
    expect(seen).toEqual(new Set(['derivative,gradient', 'gradient,derivative']));
    const props = toMatchProps(spec, { seed: 3 });
    expect(props.items.map((i) => i.id)).toEqual(matchShownOrder(spec, 3));
    // The rendered math is listed in the shown order too, not in the authored (key) order.
    const withMath = {
      ...spec,
      items: [
        { id: 'derivative', text: "$f'(x)$", target: 'slope' },
        { id: 'gradient', text: '$\\nabla f$', target: 'partials' },
      ],
    };
    for (const seed of [0, 1, 2, 3]) {
      const shown = toMatchProps(withMath, { seed });
      const texts = shown.items.map((i) => i.text.slice(1, -1));
      expect(
        Object.keys(shown.math ?? {}).map((k) => texts.findIndex((t) => k.includes(t))),
      ).toEqual([0, 1]);
    }
  });

  it.each([
    { answer: { placements: { nope: 'slope' } }, field: 'placements.nope', message: /not an item/ },
    {
      answer: { placements: { derivative: 'nope' } },
      field: 'placements.derivative',
      message: /not a target/,
    },
    {
      answer: { placements: { derivative: 'slope', gradient: 'slope' } },
      field: 'placements',
      message: /two items on one target/,
    },
    { answer: { placements: [] }, field: 'placements', message: /map item ids/ },
  ])('refuses $answer, naming the field', ({ answer, field, message }) => {
    const parsed = matchAnswerSchema(spec).safeParse(answer);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe(field);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
  });
});
