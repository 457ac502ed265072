import { z } from 'zod';
import type { MathHtml } from '../math/math-html.ts';
import { renderMathIn } from '../math/render-math.ts';
import { type AttemptState, attemptState, maxAttemptsSchema } from '../shared/attempts.ts';
import {
  type SpecValidation,
  seededShuffle,
  seedFrom,
  stableId,
  validateWith,
} from '../shared/spec-utils.ts';

/**
 * Ordering, server side: spec (items in the right order) → client props (shuffled, ids that
 * reveal nothing) → check. No React, no DOM.
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

/** What the browser receives: the items shuffled (never already in order). */
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

export function validateOrderingSpec(input: unknown): SpecValidation<OrderingSpec> {
  return validateWith(orderingSpecSchema, input);
}

const itemId = (text: string) => stableId(text, 'o');

/** Shuffles (deterministically, so server and client agree) and strips the order. */
export function toOrderingProps(spec: OrderingSpec): OrderingProps {
  const items = spec.items.map((text) => ({ id: itemId(text), text }));
  let shuffled = seededShuffle(items, seedFrom(spec.items.join('\n')));
  if (shuffled.every((item, i) => item.id === items[i]?.id))
    shuffled = [...shuffled.slice(1), ...shuffled.slice(0, 1)];
  return {
    ...(spec.id ? { id: spec.id } : {}),
    prompt: spec.prompt,
    items: shuffled,
    maxAttempts: spec.maxAttempts,
    math: renderMathIn([spec.prompt, ...spec.items]),
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
