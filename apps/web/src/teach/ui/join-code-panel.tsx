'use client';

import { useState } from 'react';

/** The class's join code, with a button to renew it (the old code stops working). */
export function JoinCodePanel({ classId, initialCode }: { classId: string; initialCode: string }) {
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function renew() {
    if (
      !window.confirm(
        `Renew the join code? ${code} will stop working for anyone who has not joined yet.`,
      )
    )
      return;
    setBusy(true);
    setMessage('');
    try {
      const response = await fetch(`/api/teach/classes/${classId}/join-code`, { method: 'POST' });
      const body = (await response.json().catch(() => ({}))) as {
        joinCode?: string;
        error?: string;
      };
      if (!response.ok || !body.joinCode)
        throw new Error(body.error ?? 'The code was not renewed.');
      setCode(body.joinCode);
      setMessage(`New join code: ${body.joinCode}. The old one no longer works.`);
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="join-code">
      <p className="join-code__line">
        Join code{' '}
        <code className="join-code__code" data-testid="join-code">
          {code}
        </code>
      </p>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={renew}
        disabled={busy}
      >
        Renew code
      </button>
      <p className="join-code__line join-code__status" role="status">
        {message}
      </p>
    </div>
  );
}
