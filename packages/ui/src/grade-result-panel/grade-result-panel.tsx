'use client';
import type { GradeResult, GradientDiagnosisKind } from '@slope/grader/grade-result';
import { groupTests } from './group-tests.ts';
import type { MistakeHelpTable } from './mistake-help.ts';
import { GroupRow, type HelpFor, PassedRow, pts } from './test-rows.tsx';

export interface GradeResultPanelProps {
  result: GradeResult;
  /** null = unlimited; undefined = not shown */
  attemptsLeft?: number | null;
  /** heading text; the panel is a labelled region */
  title?: string;
  /** 'run': a local run of the public examples (no points, "examples" instead of "tests") */
  mode?: 'graded' | 'run';
  /**
   * The course's explanation of each kind of gradient mistake, with a link to the lesson
   * section that teaches it: shown under the first diagnosis of that kind.
   */
  mistakeHelp?: MistakeHelpTable;
}

/**
 * Renders a GradeResult: score, the tests that did not pass (grouped when they ended the same
 * way) with their diagnostics and the course's help for the mistake, one collapsed row for the
 * passing tests, format errors, console output.
 */
export function GradeResultPanel({
  result,
  attemptsLeft,
  title = 'Result',
  mode = 'graded',
  mistakeHelp = {},
}: GradeResultPanelProps) {
  const run = mode === 'run';
  const noun = run ? 'examples' : 'tests';
  const earned = result.tests.reduce((s, t) => s + t.points, 0);
  const max = result.tests.reduce((s, t) => s + t.maxPoints, 0);
  const passed = result.tests.filter((t) => t.passed).length;
  const { failures, passed: passedTests } = groupTests(result.tests);
  // Each kind's help once per panel, under the first diagnosis of that kind.
  const helped = new Set<GradientDiagnosisKind>();
  const helpFor: HelpFor = (kind) => {
    if (helped.has(kind)) return undefined;
    helped.add(kind);
    return mistakeHelp[kind];
  };
  return (
    <section className="slope-grade" aria-label={title} data-gradable={result.gradable}>
      <header className="slope-grade__header">
        <h3 className="slope-grade__title">{title}</h3>
        {result.gradable ? (
          <p className="slope-grade__score">
            <strong>{Math.round(result.score * 100)}%</strong> — {passed} of {result.tests.length}{' '}
            {noun} passed
            {max > 0 && !run && ` (${pts(earned)} / ${pts(max)} points)`}
          </p>
        ) : (
          <p className="slope-grade__score">
            <strong>Not graded:</strong> your code could not be run. Fix the problems below and
            submit again.
          </p>
        )}
        {attemptsLeft !== undefined && (
          <p className="slope-muted slope-grade__attempts">
            {attemptsLeft === null
              ? 'Unlimited attempts'
              : attemptsLeft === 0
                ? 'No attempts left'
                : `${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left`}
          </p>
        )}
      </header>

      {result.formatErrors && result.formatErrors.length > 0 && (
        <ul className="slope-grade__format-errors" aria-label="Problems in your code">
          {result.formatErrors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static list
            <li key={i}>
              <code>
                {e.file}
                {e.line > 0 && `:${e.line}:${e.column}`}
              </code>{' '}
              {e.message}
            </li>
          ))}
        </ul>
      )}

      {result.tests.length > 0 && (
        <ol className="slope-grade__tests">
          {failures.map((group, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tests keep their order
            <GroupRow key={i} group={group} mode={mode} helpFor={helpFor} />
          ))}
          {passedTests.length === 1 && (
            <GroupRow group={{ first: passedTests[0]!, rest: [] }} mode={mode} helpFor={helpFor} />
          )}
          {passedTests.length > 1 && <PassedRow tests={passedTests} mode={mode} />}
        </ol>
      )}

      {result.output !== undefined && result.output !== '' && (
        <details className="slope-grade__output">
          <summary>Console output{result.outputTruncated ? ' (truncated)' : ''}</summary>
          <pre>{result.output}</pre>
        </details>
      )}
      <p className="slope-muted slope-grade__time">
        {run ? 'Ran' : 'Graded'} in {Math.round(result.timeMs)} ms
      </p>
    </section>
  );
}
