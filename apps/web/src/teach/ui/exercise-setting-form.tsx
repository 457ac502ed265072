'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';

export interface SettingFormProps {
  classId: string;
  exercise: { slug: string; title: string };
  /** ISO */
  dueAt: string | null;
  feedback: 'FULL' | 'SUMMARY' | 'AFTER_DUE' | null;
  /** the worked solution opens to the class after the due date; null: the exercise has none */
  solutionAfterDue: boolean | null;
  /** the exercise's own policy, e.g. "full feedback" */
  defaultPolicy: string;
  /** show the exercise title as a visible label (one form per page) or only to screen readers */
  compact?: boolean;
}

/** `<input type="datetime-local">` wants local "YYYY-MM-DDTHH:mm". */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Due date, feedback visibility and worked-solution opening of one exercise for the class,
 * saved on submit.
 */
export function ExerciseSettingForm({
  classId,
  exercise,
  dueAt,
  feedback,
  solutionAfterDue,
  defaultPolicy,
  compact = false,
}: SettingFormProps) {
  const router = useRouter();
  const [due, setDue] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The browser knows the instructor's time zone; the server does not.
  useEffect(() => setDue(dueAt ? toLocalInput(dueAt) : ''), [dueAt]);
  const id = `setting-${exercise.slug}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = String(form.get('feedback') ?? '');
    setBusy(true);
    setStatus(null);
    try {
      const response = await fetch(
        `/api/teach/classes/${classId}/exercises/${exercise.slug}/settings`,
        {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            dueAt: due ? new Date(due).toISOString() : null,
            feedback: chosen || null,
            solutionAfterDue: form.get('solutionAfterDue') === 'on',
          }),
        },
      );
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (!response.ok) throw new Error(body.error ?? 'Not saved.');
      setStatus({ ok: true, text: 'Saved.' });
      router.refresh();
    } catch (error) {
      setStatus({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const label = (text: string) =>
    compact ? (
      <>
        {text}
        <span className="sr-only"> for {exercise.title}</span>
      </>
    ) : (
      text
    );
  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={`Settings for ${exercise.title}`}>
      <div className="field">
        <label htmlFor={`${id}-due`}>{label('Due')}</label>
        <input
          id={`${id}-due`}
          type="datetime-local"
          value={due}
          onChange={(event) => setDue(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-feedback`}>{label('Feedback')}</label>
        <select id={`${id}-feedback`} name="feedback" defaultValue={feedback ?? ''}>
          <option value="">exercise default ({defaultPolicy})</option>
          <option value="FULL">full feedback</option>
          <option value="SUMMARY">summary only</option>
          <option value="AFTER_DUE">summary until due, then full</option>
        </select>
      </div>
      {solutionAfterDue !== null && (
        <div className="field field--check">
          <input
            id={`${id}-solution`}
            type="checkbox"
            name="solutionAfterDue"
            defaultChecked={solutionAfterDue}
          />
          <label htmlFor={`${id}-solution`}>
            {label('Open the worked solution after the due date (closes submissions)')}
          </label>
        </div>
      )}
      <button type="submit" className="button button--small" disabled={busy}>
        Save<span className="sr-only"> settings for {exercise.title}</span>
      </button>
      <p role="status" className={status ? (status.ok ? 'form-ok' : 'form-error') : undefined}>
        {status?.text}
      </p>
    </form>
  );
}
