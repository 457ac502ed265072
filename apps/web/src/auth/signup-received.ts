/**
 * The one answer to every valid sign-up, whether or not the email already had an account (the
 * form shows it too, so it lives apart from the server-only sign-up code).
 */
export const SIGN_UP_RECEIVED = 'Check your email, or sign in if you already have an account.';
