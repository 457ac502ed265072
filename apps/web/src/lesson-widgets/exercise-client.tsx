'use client';

import type { GradeResult } from '@slope/grader/grade-result';
import { Exercise, type ExerciseParam, type PublicExample } from '@slope/ui/exercise';
import type { MistakeHelpTable } from '@slope/ui/grade-result-panel';
import { UserFacingError } from '@slope/ui/user-error';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ExerciseAids } from './exercise-aids';
import { ExerciseHistory, useExerciseHistory } from './exercise-history';
import { type SavedExercise, useLessonState } from './lesson-state';
import { SignInNote } from './sign-in-note';

type Status = 'idle' | 'queued' | 'running' | 'graded';

interface Props {
  id: string;
  starterCode: string;
  functionName: string;
  params: ExerciseParam[];
  publicExamples: PublicExample[];
  /** the exercise check's rtol/atol: Run judges the examples as grading will */
  tolerance: { rtol: number; atol: number };
  maxAttempts: number | null;
  /** the course's explanation of each kind of gradient mistake (content/<course>/mistakes.json) */
  mistakeHelp: MistakeHelpTable;
}

const STATUS: Record<string, Status> = {
  QUEUED: 'queued',
  RUNNING: 'running',
  GRADED: 'graded',
  FAILED: 'graded',
};

/** Submits code to the grader and follows the submission live (queued → running → graded). */
export function ExerciseClient({ id, maxAttempts, ...exercise }: Props) {
  const { ready, signedIn, exercises } = useLessonState();
  const saved: SavedExercise | undefined = exercises[id];
  const [status, setStatus] = useState<Status>('idle');
  const [result, setResult] = useState<GradeResult | null>(null);
  const [recordedScore, setRecordedScore] = useState<number | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [following, setFollowing] = useState<string | null>(null);
  // One key per page load, distinct code and generation: a double click sends the same key
  // twice, while the same code after a result — or after a reload, whose counter starts
  // again — is a new submission (a learner whose try timed out can have it graded again).
  const generation = useRef(0);
  const pageLoad = useRef<string | null>(null);
  const history = useExerciseHistory(saved ? (saved.latest?.attempt ?? 0) : null);

  useEffect(() => {
    if (!saved?.latest) return;
    setAttempts(saved.attempts);
    setStatus(STATUS[saved.latest.status] ?? 'idle');
    setResult(saved.latest.result ?? failure(saved.latest.errorMessage));
    setRecordedScore(saved.latest.score ?? null);
    if (saved.latest.status === 'QUEUED' || saved.latest.status === 'RUNNING')
      setFollowing(saved.latest.id);
  }, [saved]);

  useEffect(() => {
    if (!following) return;
    const source = new EventSource(`/api/submissions/${following}/events`);
    source.addEventListener('status', (event) => {
      const update = JSON.parse((event as MessageEvent<string>).data) as {
        status: string;
        result?: GradeResult | null;
        errorMessage?: string | null;
        score?: number | null;
        attemptsUsed?: number;
      };
      setStatus(STATUS[update.status] ?? 'idle');
      // Code that could not be graded spends no attempt: the server's count may go back.
      if (typeof update.attemptsUsed === 'number') setAttempts(update.attemptsUsed);
      if (update.status === 'GRADED' || update.status === 'FAILED') {
        setResult(update.result ?? failure(update.errorMessage));
        setRecordedScore(update.score ?? null);
        generation.current++;
        history.changed();
        source.close();
        setFollowing(null);
      }
    });
    source.onerror = () => {
      // The browser reconnects by itself; a closed stream after the result is expected.
    };
    return () => source.close();
  }, [following, history.changed]);

  // Keep the draft on the server too (another device picks it up): a second after typing
  // stops, and at once when the learner submits or leaves the page.
  const pendingDraft = useRef<string | null>(null);
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flushDraft = useCallback(() => {
    if (draftTimer.current) clearTimeout(draftTimer.current);
    draftTimer.current = null;
    const code = pendingDraft.current;
    if (code === null) return;
    pendingDraft.current = null;
    void fetch(`/api/exercises/${id}/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
      keepalive: true,
    }).catch(() => {});
  }, [id]);
  const onDraftChange = useCallback(
    (code: string) => {
      if (!signedIn) return;
      pendingDraft.current = code;
      if (draftTimer.current) clearTimeout(draftTimer.current);
      draftTimer.current = setTimeout(flushDraft, 1000);
    },
    [signedIn, flushDraft],
  );
  useEffect(() => {
    window.addEventListener('pagehide', flushDraft);
    return () => {
      window.removeEventListener('pagehide', flushDraft);
      flushDraft();
    };
  }, [flushDraft]);

  async function onSubmit(code: string) {
    if (!signedIn) throw new UserFacingError('Sign in to submit your code for grading.');
    flushDraft();
    pageLoad.current ??= hex(crypto.getRandomValues(new Uint8Array(6)));
    const idempotencyKey = `${pageLoad.current}:${generation.current}:${await digest(`${id}\n${code}`)}`;
    const response = await fetch('/api/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ exerciseId: id, code, idempotencyKey }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      submission?: { id: string; status: string; attempt: number; attemptsUsed: number };
      error?: string;
    };
    if (!response.ok || !body.submission) {
      throw new UserFacingError(
        body.error ?? 'The submission did not go through; try again in a moment.',
      );
    }
    setAttempts(body.submission.attemptsUsed);
    setResult(null);
    setStatus(STATUS[body.submission.status] ?? 'queued');
    setFollowing(body.submission.id);
    history.changed(body.submission.attempt);
  }

  return (
    <>
      {saved?.due && <DueNote iso={saved.due} />}
      {ready && !signedIn && (
        <SignInNote anchor={`exercise-${id}`} gives="to submit your code for grading." />
      )}
      <Exercise
        id={id}
        {...exercise}
        restore={history.restore}
        onSubmit={onSubmit}
        savedDraft={saved?.draft ?? null}
        onDraftChange={onDraftChange}
        status={status}
        result={result}
        recordedScore={recordedScore}
        attemptsLeft={maxAttempts === null ? null : Math.max(0, maxAttempts - attempts)}
      />
      {signedIn && <ExerciseAids id={id} after={result} />}
      {signedIn && (
        <ExerciseHistory
          id={id}
          count={history.count}
          version={history.version}
          onRestore={history.onRestore}
        />
      )}
    </>
  );
}

/** The due date in the learner's own time zone (the browser formats it). */
function DueNote({ iso }: { iso: string }) {
  const due = new Date(iso);
  const passed = due.getTime() <= Date.now();
  const text = due.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p className="exercise-due">
      {passed ? 'Was due' : 'Due'} <time dateTime={iso}>{text}</time>
    </p>
  );
}

function failure(message: string | null | undefined): GradeResult | null {
  if (!message) return null;
  return {
    gradable: false,
    score: 0,
    tests: [],
    formatErrors: [{ file: 'grader', line: 0, column: 0, message }],
    timeMs: 0,
  };
}

async function digest(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return hex(new Uint8Array(bytes).slice(0, 12));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
