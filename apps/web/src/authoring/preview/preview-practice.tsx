'use client';

import { FormulaAnswer, MatrixAnswer, NumericAnswer } from '@slope/ui/formula-answer';
import {
  checkFormulaAnswer,
  checkMatrixAnswer,
  checkNumericAnswer,
  type FormulaSpec,
  type MatrixSpec,
  type NumericSpec,
  toFormulaProps,
  toMatrixProps,
  toNumericProps,
} from '@slope/ui/formula-answer/spec';
import { Match } from '@slope/ui/match';
import { checkMatch, type MatchSpec, toMatchProps } from '@slope/ui/match/spec';
import { Ordering } from '@slope/ui/ordering';
import { checkOrdering, type OrderingSpec, toOrderingProps } from '@slope/ui/ordering/spec';
import { Quiz } from '@slope/ui/quiz';
import { checkQuiz, type QuizSpec, toQuizProps } from '@slope/ui/quiz/spec';
import { formatSpecIssues } from '@slope/ui/spec-utils';
import { useRef } from 'react';
import { PRACTICE_VALIDATORS, type PracticeName } from './practice-specs';
import styles from './preview.module.css';

/**
 * The real practice widgets, checked in the browser. On a lesson page the key stays on the
 * server; this page is for authors only, and the key is in the draft they are typing anyway.
 * Props are validated again here (the compile step already reported problems at their lines)
 * because only the runtime sees props computed from expressions.
 */
function PreviewPractice({ name, props }: { name: PracticeName; props: Record<string, unknown> }) {
  const attempts = useRef({ key: '', used: 0 });
  const validation = PRACTICE_VALIDATORS[name](props);
  if (!validation.ok) {
    return (
      <p className={styles.widgetError} role="alert">
        {formatSpecIssues(name, validation.issues)}
      </p>
    );
  }
  // A new key (the author changed the widget) starts it afresh.
  const key = JSON.stringify(validation.spec);
  const attempt = () => {
    if (attempts.current.key !== key) attempts.current = { key, used: 0 };
    attempts.current.used += 1;
    return { attemptsUsed: attempts.current.used };
  };
  return (
    <div className="practice">
      {name === 'Quiz' && (
        <Quiz
          key={key}
          {...toQuizProps(validation.spec as QuizSpec)}
          onCheck={async (answer) => checkQuiz(validation.spec as QuizSpec, answer, attempt())}
        />
      )}
      {name === 'Ordering' && (
        <Ordering
          key={key}
          {...toOrderingProps(validation.spec as OrderingSpec)}
          onCheck={async (answer) =>
            checkOrdering(validation.spec as OrderingSpec, answer, attempt())
          }
        />
      )}
      {name === 'Match' && (
        <Match
          key={key}
          {...toMatchProps(validation.spec as MatchSpec)}
          onCheck={async (answer) => checkMatch(validation.spec as MatchSpec, answer, attempt())}
        />
      )}
      {name === 'FormulaAnswer' && (
        <FormulaAnswer
          key={key}
          {...toFormulaProps(validation.spec as FormulaSpec)}
          onCheck={async (answer) =>
            checkFormulaAnswer(validation.spec as FormulaSpec, answer, attempt())
          }
        />
      )}
      {name === 'NumericAnswer' && (
        <NumericAnswer
          key={key}
          {...toNumericProps(validation.spec as NumericSpec)}
          onCheck={async (answer) =>
            checkNumericAnswer(validation.spec as NumericSpec, answer, attempt())
          }
        />
      )}
      {name === 'MatrixAnswer' && (
        <MatrixAnswer
          key={key}
          {...toMatrixProps(validation.spec as MatrixSpec)}
          onCheck={async (answer) =>
            checkMatrixAnswer(validation.spec as MatrixSpec, answer, attempt())
          }
        />
      )}
    </div>
  );
}

export function PreviewQuiz(props: Record<string, unknown>) {
  return <PreviewPractice name="Quiz" props={props} />;
}

export function PreviewOrdering(props: Record<string, unknown>) {
  return <PreviewPractice name="Ordering" props={props} />;
}

export function PreviewMatch(props: Record<string, unknown>) {
  return <PreviewPractice name="Match" props={props} />;
}

export function PreviewFormulaAnswer(props: Record<string, unknown>) {
  return <PreviewPractice name="FormulaAnswer" props={props} />;
}

export function PreviewNumericAnswer(props: Record<string, unknown>) {
  return <PreviewPractice name="NumericAnswer" props={props} />;
}

export function PreviewMatrixAnswer(props: Record<string, unknown>) {
  return <PreviewPractice name="MatrixAnswer" props={props} />;
}

/** `<Exercise>` loads its folder on the server; the preview names it instead. */
export function PreviewExercise({ id }: { id?: unknown }) {
  return (
    <section className={`card ${styles.exercise}`} aria-label={`Exercise ${String(id)}`}>
      <p>
        <strong>Exercise {String(id)}</strong> (graded on the lesson page)
      </p>
    </section>
  );
}
