import { z } from 'zod';
import type { MathHtml } from '../math/math-html.ts';
import { renderMathIn } from '../math/render-math.ts';
import { type AttemptState, attemptState, maxAttemptsSchema } from '../shared/attempts.ts';
import { publicSeed, shownOrder } from '../shared/shown-order.ts';
import { type SpecValidation, stableId, validateWith } from '../shared/spec-utils.ts';

/**
 * Match, server side. `variant: 'match'` pairs each item with one target (term → meaning);
 * `variant: 'categorize'` sorts items into buckets. No React, no DOM.
 */

export const matchSpecSchema = z
  .object({
    id: z.string().min(1).optional(),
    prompt: z.string().trim().min(1, 'prompt must not be empty'),
    variant: z.enum(['match', 'categorize']).default('match'),
    /** where items go: meanings (match) or buckets (categorize) */
    targets: z
      .array(
        z.object({
          id: z.string().min(1, 'a target needs an id'),
          text: z.string().trim().min(1, 'target text must not be empty'),
        }),
      )
      .min(1, 'at least one target is needed'),
    items: z
      .array(
        z.object({
          id: z.string().min(1).optional(),
          text: z.string().trim().min(1, 'item text must not be empty'),
          /** the id of the target this item belongs to */
          target: z.string().min(1),
          /** shown when the item is put in the wrong place */
          feedback: z.string().optional(),
        }),
      )
      .min(2, 'at least 2 items are needed'),
    explanation: z.string().optional(),
    maxAttempts: maxAttemptsSchema,
  })
  .superRefine((spec, ctx) => {
    const targetIds = new Map<string, number>();
    spec.targets.forEach((t, i) => {
      if (targetIds.has(t.id))
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i, 'id'],
          message: `duplicate target id "${t.id}"`,
        });
      else targetIds.set(t.id, i);
    });
    const itemIds = new Map<string, number>();
    const perTarget = new Map<string, number>();
    spec.items.forEach((item, i) => {
      const id = item.id ?? stableId(item.text, 'm');
      const first = itemIds.get(id);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i],
          message: `duplicate of item ${first} ("${item.text}")`,
        });
      else itemIds.set(id, i);
      if (!targetIds.has(item.target))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'target'],
          message: `no target has id "${item.target}" (targets: ${[...targetIds.keys()].join(', ')})`,
        });
      perTarget.set(item.target, (perTarget.get(item.target) ?? 0) + 1);
    });
    spec.targets.forEach((t, i) => {
      const count = perTarget.get(t.id) ?? 0;
      if (count === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i],
          message: `no item maps to target "${t.id}": add an item with target "${t.id}" or remove the target`,
        });
      if (spec.variant === 'match' && count > 1)
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i],
          message: `${count} items map to target "${t.id}": a match pairs one item per target (use variant "categorize" for buckets)`,
        });
    });
  });

export type MatchSpec = z.infer<typeof matchSpecSchema>;
export type MatchSpecInput = z.input<typeof matchSpecSchema>;

/** What the browser receives: items in a shown order (see `matchShownOrder`), no mapping. */
export interface MatchProps {
  id?: string;
  prompt: string;
  variant: 'match' | 'categorize';
  targets: { id: string; text: string }[];
  items: { id: string; text: string }[];
  maxAttempts: number | null;
  /** the math in the texts, rendered on the server (no KaTeX JS in the browser) */
  math?: MathHtml;
}

/** item id → target id; unplaced items are left out. */
export interface MatchAnswer {
  placements: Record<string, string>;
}

export interface MatchPairFeedback {
  itemId: string;
  /** where the learner put it (null: not placed) */
  targetId: string | null;
  correct: boolean;
  feedback: string | null;
  /** the right target, once finished */
  expectedTargetId: string | null;
}

export interface MatchFeedback extends AttemptState {
  correct: boolean;
  pairs: MatchPairFeedback[];
  explanation: string | null;
  math?: MathHtml;
}

/**
 * What the server accepts as an answer to this match: placements from this widget's item ids
 * to its target ids (items left out are unplaced). Issues name the field (`placements.x`).
 */
export function matchAnswerSchema(spec: MatchSpec) {
  const items = new Set(spec.items.map(itemId));
  const targets = new Set(spec.targets.map((t) => t.id));
  return z
    .object({
      placements: z
        .record(
          z.string(),
          z
            .string({ error: 'must be a target id (text)' })
            .refine((id) => targets.has(id), 'is not a target of this match'),
          { error: 'must map item ids to target ids' },
        )
        .superRefine((placements, ctx) => {
          for (const id of Object.keys(placements))
            if (!items.has(id))
              ctx.addIssue({ code: 'custom', path: [id], message: 'is not an item of this match' });
          const used = Object.values(placements);
          if (spec.variant === 'match' && new Set(used).size !== used.length)
            ctx.addIssue({
              code: 'custom',
              message: 'puts two items on one target (each target takes one item)',
            });
        }),
    })
    .strict();
}

export function validateMatchSpec(input: unknown): SpecValidation<MatchSpec> {
  return validateWith(matchSpecSchema, input);
}

const itemId = (item: { id?: string | undefined; text: string }) =>
  item.id ?? stableId(item.text, 'm');

/**
 * The order the items are shown in for `seed` (`shownOrder`): drawn from the items as a set,
 * never from the targets or the authored order, so no number of pages says anything of the pairs.
 */
export function matchShownOrder(spec: MatchSpec, seed: number): string[] {
  return shownOrder(spec.items.map(itemId), seed);
}

/**
 * Strips the key: the props a client `<Match>` receives. Without a `seed` (a learner's, chosen
 * by the server) the items are in the order every anonymous visitor sees.
 */
export function toMatchProps(spec: MatchSpec, { seed }: { seed?: number } = {}): MatchProps {
  const items = spec.items.map((item) => ({ id: itemId(item), text: item.text }));
  const order = matchShownOrder(spec, seed ?? publicSeed(items.map((i) => i.id)));
  const byId = new Map(items.map((item) => [item.id, item]));
  const shown = order.flatMap((id) => byId.get(id) ?? []);
  return {
    ...(spec.id ? { id: spec.id } : {}),
    prompt: spec.prompt,
    variant: spec.variant,
    targets: spec.targets.map(({ id, text }) => ({ id, text })),
    items: shown,
    maxAttempts: spec.maxAttempts,
    // In the shown order too: the keys of `math` must not list the items in the authored order.
    math: renderMathIn([
      spec.prompt,
      ...spec.targets.map((t) => t.text),
      ...shown.map((i) => i.text),
    ]),
  };
}

/** Checks placements on the server, pair by pair. */
export function checkMatch(
  spec: MatchSpec,
  answer: MatchAnswer,
  { attemptsUsed = 1 }: { attemptsUsed?: number } = {},
): MatchFeedback {
  const pairs = spec.items.map((item) => {
    const id = itemId(item);
    const placed = answer.placements[id] ?? null;
    const correct = placed === item.target;
    return {
      itemId: id,
      targetId: placed,
      correct,
      feedback: correct || placed === null ? null : (item.feedback ?? null),
    };
  });
  const correct = pairs.every((p) => p.correct);
  const attempts = attemptState(spec.maxAttempts, attemptsUsed, correct);
  const explanation = attempts.finished ? (spec.explanation ?? null) : null;
  return {
    correct,
    pairs: pairs.map((p, i) => ({
      ...p,
      expectedTargetId: attempts.finished ? (spec.items[i]?.target ?? null) : null,
    })),
    explanation,
    ...attempts,
    math: renderMathIn([...pairs.map((p) => p.feedback), explanation]),
  };
}
