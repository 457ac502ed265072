import { createHmac } from 'node:crypto';
import { matchShownOrder } from '@slope/ui/match/spec';
import { orderingShownOrder } from '@slope/ui/ordering/spec';
import type { LessonRef } from '../content/widgets/lesson-widgets';

/**
 * A learner's shuffle seed for one widget: an HMAC of (learner, widget) under the server's
 * secret, so it is stable for the learner, differs between learners, and cannot be computed —
 * or run backwards — in the browser. The order itself comes from `@slope/ui/shown-order`.
 */
export function learnerSeed(secret: string, userId: string, widgetKey: string): number {
  return createHmac('sha256', `slope-shown-order\u0000${secret}`)
    .update(`${userId}\u0000${widgetKey}`)
    .digest()
    .readUInt32BE(0);
}

/**
 * widget id → item ids in the order this learner is shown them, for every ordering and match
 * widget of the lesson. Never the key order; computed without it.
 */
export function lessonShownOrders(
  ref: Pick<LessonRef, 'course' | 'lesson' | 'widgets'>,
  userId: string,
  secret: string,
): Record<string, string[]> {
  const shown: Record<string, string[]> = {};
  for (const { id, practice } of ref.widgets.practice) {
    const seed = learnerSeed(secret, userId, `${ref.course.slug}/${ref.lesson.slug}/${id}`);
    if (practice.widget === 'Ordering') shown[id] = orderingShownOrder(practice.spec, seed);
    if (practice.widget === 'Match') shown[id] = matchShownOrder(practice.spec, seed);
  }
  return shown;
}
