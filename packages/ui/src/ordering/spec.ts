import { z } from 'zod';
import type { MathHtml } from '../math/math-html.ts';
import { renderMathIn } from '../math/render-math.ts';
import { type AttemptState, attemptState, maxAttemptsSchema } from '../shared/attempts.ts';
import { publicSeed, shownOrder } from '../shared/shown-order.ts';
import { type SpecValidation, stableId, validateWith } from '../shared/spec-utils.ts';

/**
 * Ordering, server side: spec (items in the right order) → client props (shown in an order that
 * reveals nothing, with ids that reveal nothing) → check. No React, no DOM.
 */

export const orderingSpecSchema = z
  .object({
    id: z.string().min(1).optional(),
    prompt: z.string().trim().min(1, 'prompt must not be empty'),
    /** the items in the correct order, with `$…$` math */
    items: z
      .array(z.string().trim().min(1, 'an item must not be empty'))
      .min(2, 'ordering needs at least 2 items'),
    explanation: z.string().optional(),
    maxAttempts: maxAttemptsSchema,
  })
  .superRefine((spec, ctx) => {
    const seen = new Map<string, number>();
    spec.items.forEach((item, i) => {
      const first = seen.get(item);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i],
          message: `duplicate of item ${first} ("${item}"): every item must be distinct, or the order is ambiguous`,
        });
      else seen.set(item, i);
    });
  });

export type OrderingSpec = z.infer<typeof orderingSpecSchema>;
export type OrderingSpecInput = z.input<typeof orderingSpecSchema>;

export interface OrderingItem {
  id: string;
  text: string;
}

/** What the browser receives: the items in a shown order (see `orderingShownOrder`). */
export interface OrderingProps {
  id?: string;
  prompt: string;
  items: OrderingItem[];
  maxAttempts: number | null;
  /** the math in the texts, rendered on the server (no KaTeX JS in the browser) */
  math?: MathHtml;
}

/** Item ids from top to bottom. */
export interface OrderingAnswer {
  order: string[];
}

export interface OrderingFeedback extends AttemptState {
  correct: boolean;
  /** per position, top to bottom: is the item there in its right place? */
  positions: boolean[];
  explanation: string | null;
  /** the right order (ids), once finished */
  solution: string[] | null;
  math?: MathHtml;
}

/**
 * What the server accepts as an answer to this ordering: every item's id exactly once. Issues
 * name the field (`order`, `order[1]`).
 */
export function orderingAnswerSchema(spec: OrderingSpec) {
  const ids = new Set(spec.items.map(itemId));
  return z
    .object({
      order: z
        .array(
          z
            .string({ error: 'must be an item id (text)' })
            .refine((id) => ids.has(id), 'is not an item of this ordering'),
          { error: 'must be a list of item ids' },
        )
        .length(ids.size, `must list all ${ids.size} items, each once`)
        .refine((list) => new Set(list).size === list.length, 'lists an item twice'),
    })
    .strict();
}

export function validateOrderingSpec(input: unknown): SpecValidation<OrderingSpec> {
  return validateWith(orderingSpecSchema, input);
}

const itemId = (text: string) => stableId(text, 'o');

/**
 * The order the items are shown in for `seed` (`shownOrder`): drawn from the items as a set, so
 * no number of pages says anything of the right order.
 */
export function orderingShownOrder(spec: OrderingSpec, seed: number): string[] {
  return shownOrder(spec.items.map(itemId), seed);
}

/**
 * Strips the order: the props a client `<Ordering>` receives. Without a `seed` (a learner's,
 * chosen by the server) the items are in the order every anonymous visitor sees.
 */
export function toOrderingProps(
  spec: OrderingSpec,
  { seed }: { seed?: number } = {},
): OrderingProps {
  const items = spec.items.map((text) => ({ id: itemId(text), text }));
  const order = orderingShownOrder(spec, seed ?? publicSeed(items.map((i) => i.id)));
  const byId = new Map(items.map((item) => [item.id, item]));
  const shown = order.flatMap((id) => byId.get(id) ?? []);
  return {
    ...(spec.id ? { id: spec.id } : {}),
    prompt: spec.prompt,
    items: shown,
    maxAttempts: spec.maxAttempts,
    // In the shown order too: the keys of `math` must not list the items in the right order.
    math: renderMathIn([spec.prompt, ...shown.map((i) => i.text)]),
  };
}

/** Checks an order on the server: which positions hold the right item. */
export function checkOrdering(
  spec: OrderingSpec,
  answer: OrderingAnswer,
  { attemptsUsed = 1 }: { attemptsUsed?: number } = {},
): OrderingFeedback {
  const key = spec.items.map(itemId);
  const positions = key.map((id, i) => answer.order[i] === id);
  const correct = answer.order.length === key.length && positions.every(Boolean);
  const attempts = attemptState(spec.maxAttempts, attemptsUsed, correct);
  const explanation = attempts.finished ? (spec.explanation ?? null) : null;
  return {
    correct,
    positions,
    explanation,
    solution: attempts.finished ? key : null,
    ...attempts,
    math: renderMathIn([explanation]),
  };
}
