/**
 * The sign-in page, coming back to `returnTo` (a path on this site) once signed in. Browser- and
 * server-safe; the sign-in page checks the target again (http/safe-redirect.ts).
 *
 * @example signInHref('/courses/calculus-for-ml/why-calculus#practice-q1')
 */
export function signInHref(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;
}
