'use client';

import Link from 'next/link';
import { useSession } from 'next-auth/react';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { rememberTimeZone } from './remember-time-zone';

interface Progress {
  lessons: Array<{
    slug: string;
    title: string;
    status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
  }>;
  completed: number;
  total: number;
  percent: number;
  next: { slug: string; title: string } | null;
  streak: number;
}

const LABEL = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
} as const;
/** `loading`: the session or the progress is on its way; `visitor`: nobody is signed in. */
type ProgressState = 'loading' | 'visitor' | 'ready' | 'failed';
const Context = createContext<{ course: string; progress: Progress | null; state: ProgressState }>({
  course: '',
  progress: null,
  state: 'loading',
});

/**
 * Loads the signed-in learner's progress through a course after the (static) course page
 * arrives, for the summary and the per-lesson badges below it.
 */
export function CourseProgressProvider({
  course,
  children,
}: {
  course: string;
  children: ReactNode;
}) {
  const { status } = useSession();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (status !== 'authenticated') return;
    rememberTimeZone(); // the streak counts the learner's days
    fetch(`/api/courses/${course}/progress`)
      .then((response) => (response.ok ? response.json() : null))
      .then((loaded: Progress | null) => {
        setProgress(loaded);
        setFailed(loaded === null);
      })
      .catch(() => setFailed(true));
  }, [status, course]);
  const state: ProgressState =
    status === 'unauthenticated' ? 'visitor' : progress ? 'ready' : failed ? 'failed' : 'loading';
  return <Context.Provider value={{ course, progress, state }}>{children}</Context.Provider>;
}

/**
 * Progress bar, streak and "continue" to the next lesson. The card is there from the first
 * paint — loading, or for a visitor an invitation to sign in beside "Start" — so the lesson list
 * below does not jump when the learner's progress arrives.
 */
export function CourseProgressSummary({ first }: { first: { slug: string; title: string } }) {
  const { course, progress, state } = useContext(Context);
  if (!progress) {
    const text =
      state === 'visitor'
        ? 'Sign in to keep your progress and continue where you left off.'
        : state === 'failed'
          ? 'Your progress could not be loaded; reload the page to try again.'
          : 'Loading your progress…';
    return (
      <section
        className="card course-progress"
        aria-label="Your progress"
        aria-busy={state === 'loading'}
      >
        <p className="course-progress__text">{text}</p>
        <Link className="button" href={`/courses/${course}/${first.slug}`}>
          Start: {first.title}
        </Link>
      </section>
    );
  }
  const fresh = progress.lessons.every((l) => l.status === 'NOT_STARTED');
  return (
    <section className="card course-progress" aria-label="Your progress">
      <p className="course-progress__text">
        <progress max={100} value={progress.percent} aria-label="Course progress" />{' '}
        <strong>{progress.percent}%</strong> · {progress.completed} of {progress.total} lessons
        complete
        {progress.streak > 0 && ` · ${progress.streak}-day streak`}
      </p>
      {progress.next && (
        <Link className="button" href={`/courses/${course}/${progress.next.slug}`}>
          {fresh ? 'Start' : 'Continue'}: {progress.next.title}
        </Link>
      )}
    </section>
  );
}

/** One lesson's status badge in the course's lesson list. */
export function LessonStatus({ slug }: { slug: string }) {
  const { progress } = useContext(Context);
  const status = progress?.lessons.find((l) => l.slug === slug)?.status;
  if (!status) return null;
  return (
    <span className="lesson-status" data-status={status}>
      {LABEL[status]}
    </span>
  );
}
