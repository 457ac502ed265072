'use client';
import type { Diagnostic, GradeResult, TestResult } from '@slope/grader/grade-result';
import { LineChart } from '../line-chart/line-chart.tsx';
import { GradientDiagnosisView } from './gradient-diagnosis.tsx';
import { groupTests } from './group-tests.ts';

export interface GradeResultPanelProps {
  result: GradeResult;
  /** null = unlimited; undefined = not shown */
  attemptsLeft?: number | null;
  /** heading text; the panel is a labelled region */
  title?: string;
  /** 'run': a local run of the public examples (no points, "examples" instead of "tests") */
  mode?: 'graded' | 'run';
}

const STATUS: Record<TestResult['status'], { icon: string; text: string }> = {
  passed: { icon: '✓', text: 'Passed' },
  failed: { icon: '✗', text: 'Failed' },
  error: { icon: '!', text: 'Error' },
  timeout: { icon: '◷', text: 'Timed out' },
  memory: { icon: '▣', text: 'Out of memory' },
};

const pts = (n: number) => String(Number(n.toFixed(2)));

/** Renders a GradeResult: score, per-test rows, diagnostics, format errors, console output. */
export function GradeResultPanel({
  result,
  attemptsLeft,
  title = 'Result',
  mode = 'graded',
}: GradeResultPanelProps) {
  const run = mode === 'run';
  const noun = run ? 'examples' : 'tests';
  const earned = result.tests.reduce((s, t) => s + t.points, 0);
  const max = result.tests.reduce((s, t) => s + t.maxPoints, 0);
  const passed = result.tests.filter((t) => t.passed).length;
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
          {groupTests(result.tests).map(({ first: t, rest }, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tests keep their order
            <li key={i} className="slope-grade__test" data-status={t.status}>
              <div className="slope-grade__row">
                <span className="slope-status-badge" data-status={t.status}>
                  <span aria-hidden="true">{STATUS[t.status].icon}</span> {STATUS[t.status].text}
                </span>
                <span className="slope-grade__name">{t.name}</span>
                <span className="slope-grade__points">
                  {!run && `${pts(t.points)} / ${pts(t.maxPoints)} pts`}
                  {t.timeMs !== undefined && (
                    <span className="slope-muted">
                      {run ? '' : ' · '}
                      {t.timeMs < 1 ? '<1' : Math.round(t.timeMs)} ms
                    </span>
                  )}
                </span>
              </div>
              {t.message && <p className="slope-grade__message">{t.message}</p>}
              {t.diagnostics?.map((d, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static list
                <DiagnosticView key={j} diagnostic={d} testMessage={t.message} />
              ))}
              {rest.length > 0 && (
                <details className="slope-grade__same">
                  <summary>
                    {rest.length} more {rest.length === 1 ? 'test' : 'tests'} {SAME_WAY[t.status]}
                  </summary>
                  <ul>
                    {rest.map((other, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: tests keep their order
                      <li key={j}>
                        {other.name}
                        {!run && ` — ${pts(other.points)} / ${pts(other.maxPoints)} pts`}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
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

const SAME_WAY: Record<TestResult['status'], string> = {
  passed: 'passed too',
  failed: 'failed the same way',
  error: 'stopped with the same error',
  timeout: 'timed out the same way',
  memory: 'ran out of memory the same way',
};

function DiagnosticView({
  diagnostic: d,
  testMessage,
}: {
  diagnostic: Diagnostic;
  testMessage: string;
}) {
  switch (d.kind) {
    case 'gradient':
      return (
        <GradientDiagnosisView
          diagnosis={d.diagnosis}
          showMessage={d.diagnosis.message !== testMessage}
        />
      );
    case 'values':
      return (
        <dl className="slope-facts slope-values">
          {d.expected !== undefined && (
            <div>
              <dt>Expected</dt>
              <dd>
                <code>{d.expected}</code>
              </dd>
            </div>
          )}
          <div>
            <dt>Got</dt>
            <dd>
              <code>{d.got}</code>
            </dd>
          </div>
          {d.tolerance && (
            <div>
              <dt>Tolerance</dt>
              <dd>{d.tolerance}</dd>
            </div>
          )}
        </dl>
      );
    case 'loss-curve':
      return (
        <LineChart title={d.title} series={d.series} logScale={d.logScale ?? false} height={200} />
      );
    case 'note':
      return <p className="slope-note">{d.text}</p>;
  }
}
