'use client';

import { signIn } from 'next-auth/react';
import { useEffect, useRef, useState } from 'react';
import { safeRedirectPath } from '../../http/safe-redirect';

export function SignInForm({ callbackUrl, github }: { callbackUrl: string; github: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const email = useRef<HTMLInputElement>(null);
  // After a failed attempt, back to the first field, which the error now describes.
  useEffect(() => {
    if (attempt > 0) email.current?.focus();
  }, [attempt]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(safeRedirectPath(callbackUrl, window.location.origin));
      return;
    }
    setPending(false);
    setAttempt((n) => n + 1);
    setError(
      result?.error && result.error !== 'CredentialsSignin'
        ? result.error
        : 'Email or password is incorrect.',
    );
  }

  return (
    <form
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-describedby={error ? 'signin-error' : undefined}
    >
      {error && (
        <p id="signin-error" className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          ref={email}
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'signin-error' : undefined}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'signin-error' : undefined}
          required
        />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      {github && (
        <button
          className="button button--quiet"
          type="button"
          onClick={() => signIn('github', { callbackUrl })}
        >
          Sign in with GitHub
        </button>
      )}
    </form>
  );
}
