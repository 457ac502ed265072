'use client';

import { useSession } from 'next-auth/react';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

export interface SavedPractice {
  answer: unknown;
  feedback: unknown;
}

export interface SavedExercise {
  attempts: number;
  draft: string | null;
  /** ISO due date set by the learner's class (or the exercise), or null */
  due?: string | null;
  latest: {
    id: string;
    /** the submission's number (so also how many there are) */
    attempt?: number;
    status: 'QUEUED' | 'RUNNING' | 'GRADED' | 'FAILED';
    /** the recorded score (after penalties) */
    score?: number | null;
    result: import('@slope/grader/grade-result').GradeResult | null;
    errorMessage: string | null;
  } | null;
}

interface LessonState {
  course: string;
  lesson: string;
  /** false until the learner's saved state has arrived (or there is none to load) */
  ready: boolean;
  signedIn: boolean;
  practice: Record<string, SavedPractice>;
  /** widget id → item ids in the order this learner is shown them (ordering and match) */
  shown: Record<string, string[]>;
  /** widget id → this learner's variant of a question with parameters (its props) */
  variants: Record<string, unknown>;
  exercises: Record<string, SavedExercise>;
}

const Context = createContext<LessonState | null>(null);

/**
 * Lesson pages are static HTML; this loads the signed-in learner's saved answers after the page
 * arrives and hands them to the widgets below it.
 */
export function LessonStateProvider({
  course,
  lesson,
  children,
}: {
  course: string;
  lesson: string;
  children: ReactNode;
}) {
  const { status } = useSession();
  const [saved, setSaved] = useState<Pick<
    LessonState,
    'practice' | 'shown' | 'variants' | 'exercises'
  > | null>(null);

  useEffect(() => {
    if (status !== 'authenticated') return;
    let cancelled = false;
    // Opening the lesson marks it started (best effort: reading works without it).
    fetch(`/api/lessons/${course}/${lesson}/state`, { method: 'POST' }).catch(() => {});
    fetch(`/api/lessons/${course}/${lesson}/state`)
      .then((response) => (response.ok ? response.json() : {}))
      .then(
        (state: Partial<Pick<LessonState, 'practice' | 'shown' | 'variants' | 'exercises'>>) => {
          if (!cancelled)
            setSaved({
              practice: state.practice ?? {},
              shown: state.shown ?? {},
              variants: state.variants ?? {},
              exercises: state.exercises ?? {},
            });
        },
      )
      .catch(() => {
        if (!cancelled) setSaved({ practice: {}, shown: {}, variants: {}, exercises: {} });
      });
    return () => {
      cancelled = true;
    };
  }, [status, course, lesson]);

  const signedIn = status === 'authenticated';
  const ready = status === 'unauthenticated' || (signedIn && saved !== null);
  const value = {
    course,
    lesson,
    ready,
    signedIn,
    practice: saved?.practice ?? {},
    shown: saved?.shown ?? {},
    variants: saved?.variants ?? {},
    exercises: saved?.exercises ?? {},
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLessonState(): LessonState {
  const state = useContext(Context);
  if (!state) throw new Error('useLessonState must be used inside <LessonStateProvider>');
  return state;
}
