'use client';

import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useEffect, useState } from 'react';
import type { SignUpField } from '../../auth/signup';
import { SIGN_UP_RECEIVED } from '../../auth/signup-received';
import { safeRedirectPath } from '../../http/safe-redirect';

type Errors = Partial<Record<SignUpField | 'form', string>>;

const SOMETHING_WRONG =
  'Something went wrong on our side. Your account was not created; please try again.';

const FIELDS: readonly SignUpField[] = ['name', 'email', 'password'];

/** The sign-up form; `callbackUrl` is where a new account goes, `signInHref` keeps it for sign-in. */
export function SignUpForm({
  callbackUrl,
  signInHref,
}: {
  callbackUrl: string;
  signInHref: string;
}) {
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [received, setReceived] = useState(false);
  // After a failed attempt, take the reader to the first field to fix (its error describes it).
  useEffect(() => {
    const first = FIELDS.find((field) => errors[field]);
    if (first) document.getElementById(first)?.focus();
  }, [errors]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    setPending(true);
    setErrors({});
    try {
      const response = await fetch('/api/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const result = (await response.json().catch(() => ({}))) as {
        fieldErrors?: Errors;
        error?: string;
      };
      if (!response.ok) {
        setErrors(result.fieldErrors ?? { form: result.error ?? SOMETHING_WRONG });
        setPending(false);
        return;
      }
      const signedIn = await signIn('credentials', {
        email: input.email,
        password: input.password,
        redirect: false,
      });
      if (signedIn?.ok && !signedIn.error) {
        window.location.assign(safeRedirectPath(callbackUrl, window.location.origin));
        return;
      }
      // The email already had an account (with another password): say no more than that.
      setReceived(true);
      setPending(false);
    } catch {
      setErrors({ form: SOMETHING_WRONG });
      setPending(false);
    }
  }

  if (received) {
    return (
      <p role="status" className="form-notice">
        {SIGN_UP_RECEIVED} <Link href={signInHref}>Sign in</Link>
      </p>
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <Field name="name" label="Name" autoComplete="name" error={errors.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" error={errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters and hard to guess. A few random words work well."
        error={errors.password}
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}

function Field(props: {
  name: SignUpField;
  label: string;
  type?: string;
  autoComplete: string;
  hint?: string;
  error?: string | undefined;
}) {
  const { name, label, type = 'text', autoComplete, hint, error } = props;
  const describedBy =
    [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required
      />
      {hint && (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
