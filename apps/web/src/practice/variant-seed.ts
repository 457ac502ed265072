import type { PracticeSpec } from '../content/widgets/practice-registry';
import { env } from '../env';
import { learnerSeed } from './shown-orders';

/**
 * The seed that picks a learner's values of a question's parameters (`params`), or null for a
 * question without any. An HMAC under the server's secret, as for shown orders: stable for the
 * learner, different between learners, not computable in the browser.
 */
export function variantSeed(
  practice: PracticeSpec,
  userId: string,
  widgetKey: string,
): number | null {
  if (!('params' in practice.spec) || !practice.spec.params) return null;
  return learnerSeed(env().nextAuthSecret, userId, `${widgetKey}#variant`);
}
