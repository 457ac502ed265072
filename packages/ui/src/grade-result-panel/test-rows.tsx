import type { GradientDiagnosisKind, TestResult } from '@slope/grader/grade-result';
import { DiagnosticView } from './diagnostic-view.tsx';
import type { TestGroup } from './group-tests.ts';
import type { MistakeHelp } from './mistake-help.ts';

const STATUS: Record<TestResult['status'], { icon: string; text: string }> = {
  passed: { icon: '✓', text: 'Passed' },
  failed: { icon: '✗', text: 'Failed' },
  error: { icon: '!', text: 'Error' },
  timeout: { icon: '◷', text: 'Timed out' },
  memory: { icon: '▣', text: 'Out of memory' },
};

const SAME_WAY: Record<TestResult['status'], string> = {
  passed: 'passed too',
  failed: 'failed the same way',
  error: 'stopped with the same error',
  timeout: 'timed out the same way',
  memory: 'ran out of memory the same way',
};

export const pts = (n: number) => String(Number(n.toFixed(2)));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 'run': a local run of the public examples (no points, "examples" instead of "tests"). */
type Mode = 'graded' | 'run';

/** The help to show beside a diagnosis of this kind (undefined: none, or shown already). */
export type HelpFor = (kind: GradientDiagnosisKind) => MistakeHelp | undefined;

function Badge({ status }: { status: TestResult['status'] }) {
  return (
    <span className="slope-status-badge" data-status={status}>
      <span aria-hidden="true">{STATUS[status].icon}</span> {STATUS[status].text}
    </span>
  );
}

function Points({
  earned,
  max,
  timeMs,
  run,
}: {
  earned: number;
  max: number;
  timeMs?: number | undefined;
  run: boolean;
}) {
  return (
    <span className="slope-grade__points">
      {!run && `${pts(earned)} / ${pts(max)} pts`}
      {timeMs !== undefined && (
        <span className="slope-muted">
          {run ? '' : ' · '}
          {timeMs < 1 ? '<1' : Math.round(timeMs)} ms
        </span>
      )}
    </span>
  );
}

/** A test with its message and diagnostics, and the others that ended the same way. */
export function GroupRow({
  group,
  mode,
  helpFor,
}: {
  group: TestGroup;
  mode: Mode;
  helpFor: HelpFor;
}) {
  const { first: t, rest } = group;
  const run = mode === 'run';
  return (
    <li className="slope-grade__test" data-status={t.status}>
      <div className="slope-grade__row">
        <Badge status={t.status} />
        <span className="slope-grade__name">{t.name}</span>
        <Points earned={t.points} max={t.maxPoints} timeMs={t.timeMs} run={run} />
      </div>
      {t.message && <p className="slope-grade__message">{t.message}</p>}
      {t.diagnostics?.map((d, j) => (
        <DiagnosticView
          // biome-ignore lint/suspicious/noArrayIndexKey: static list
          key={j}
          diagnostic={d}
          testMessage={t.message}
          help={d.kind === 'gradient' && !d.diagnosis.ok ? helpFor(d.diagnosis.kind) : undefined}
        />
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
  );
}

/**
 * Every passing test as one row ("20 hidden tests passed"); their names, messages and any
 * diagnostics worth reading (a loss curve, a note; not "Gradient correct" twenty times) wait
 * in a closed <details>.
 */
export function PassedRow({ tests, mode }: { tests: readonly TestResult[]; mode: Mode }) {
  const run = mode === 'run';
  const earned = tests.reduce((s, t) => s + t.points, 0);
  const max = tests.reduce((s, t) => s + t.maxPoints, 0);
  const noun = run ? plural(tests.length, 'example') : plural(tests.length, 'hidden test');
  return (
    <li className="slope-grade__test" data-status="passed">
      <div className="slope-grade__row">
        <Badge status="passed" />
        <span className="slope-grade__name">{noun} passed</span>
        <Points earned={earned} max={max} run={run} />
      </div>
      <details className="slope-grade__same">
        <summary>Show {tests.length === 1 ? 'it' : `all ${tests.length}`}</summary>
        <ul>
          {tests.map((t, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tests keep their order
            <li key={j}>
              {t.name}
              {!run && ` — ${pts(t.points)} / ${pts(t.maxPoints)} pts`}
              {t.message && <span className="slope-muted"> · {t.message}</span>}
              {t.diagnostics
                ?.filter((d) => !(d.kind === 'gradient' && d.diagnosis.ok))
                .map((d, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: static list
                  <DiagnosticView key={k} diagnostic={d} testMessage={t.message} />
                ))}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
