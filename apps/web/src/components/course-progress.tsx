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
const Context = createContext<{ course: string; progress: Progress | null }>({
  course: '',
  progress: null,
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
  useEffect(() => {
    if (status !== 'authenticated') return;
    rememberTimeZone(); // the streak counts the learner's days
    fetch(`/api/courses/${course}/progress`)
      .then((response) => (response.ok ? response.json() : null))
      .then(setProgress)
      .catch(() => setProgress(null));
  }, [status, course]);
  return <Context.Provider value={{ course, progress }}>{children}</Context.Provider>;
}

/** Progress bar, streak and "continue" to the next lesson. */
export function CourseProgressSummary() {
  const { course, progress } = useContext(Context);
  if (!progress) return null;
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
