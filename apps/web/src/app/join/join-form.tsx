'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';

type Joined = {
  joined: boolean;
  role: string;
  class: { name: string; course: { slug: string; title: string } };
};

/** Enter a join code; says what went wrong, or which class you are now in. */
export function JoinForm({ initialCode }: { initialCode: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [done, setDone] = useState<Joined | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    setBusy(true);
    setError('');
    setDone(null);
    try {
      const response = await fetch('/api/classes/join', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      const body = (await response.json().catch(() => ({}))) as Partial<Joined> & {
        error?: string;
      };
      if (!response.ok || !body.class)
        throw new Error(body.error ?? 'That did not work; try again.');
      setDone(body as Joined);
      router.refresh();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form className="form narrow" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="join-code">Join code</label>
          <input
            id="join-code"
            name="code"
            defaultValue={initialCode}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="ABCD-EFGH"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'join-error' : 'join-hint'}
            required
          />
          <p id="join-hint" className="hint">
            Your instructor gives you the code. Capitals, spaces and the dash do not matter.
          </p>
        </div>
        {error && (
          <p id="join-error" className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          Join class
        </button>
      </form>
      {done && (
        <p className="card narrow" role="status">
          {done.role === 'INSTRUCTOR'
            ? `You teach “${done.class.name}”.`
            : done.joined
              ? `You joined “${done.class.name}”.`
              : `You are already in “${done.class.name}”.`}{' '}
          <Link href={`/courses/${done.class.course.slug}`}>Go to {done.class.course.title}</Link>
        </p>
      )}
    </>
  );
}
