/**
 * An error whose message is written for the learner (e.g. "Sign in to check your answer.").
 * Widgets show its message when a callback (`onCheck`, `onSubmit`) rejects with it; any other
 * rejection shows the widget's generic "check your connection" text.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

export function userMessageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.name === 'UserFacingError' && error.message
    ? error.message
    : fallback;
}
