'use client';
import type { GradeResult } from '@slope/grader/grade-result';
import type { Tolerance } from '@slope/numeric';
import { type ComponentType, useCallback, useEffect, useId, useRef, useState } from 'react';
import { GradeResultPanel } from '../grade-result-panel/grade-result-panel.tsx';
import type { MistakeHelpTable } from '../grade-result-panel/mistake-help.ts';
import { userMessageOf } from '../shared/user-error.ts';
import type { CodeEditorProps } from './code-editor.tsx';
import { clearDraft, loadDraft, saveDraft } from './drafts.ts';
import { RestoredNote, type RestoreRequest, useRestore } from './restore.tsx';
import { type RunOptions, runInWorker, runReportToGradeResult } from './run-in-worker.ts';
import type { ExerciseParam, PublicExample, RunReport, RunRequest } from './types.ts';

export type SubmissionStatus = 'idle' | 'queued' | 'running' | 'graded';

export interface ExerciseProps {
  id: string;
  title?: string;
  starterCode: string;
  functionName: string;
  params?: ExerciseParam[];
  publicExamples?: PublicExample[];
  /** how close Run's numbers must be: the exercise's own tolerance, so Run agrees with Submit */
  tolerance?: Tolerance;
  /** sends the code to the server for grading; the page then passes `status` and `result` */
  onSubmit: (code: string) => Promise<void>;
  result?: GradeResult | null;
  status?: SubmissionStatus;
  attemptsLeft?: number | null;
  /** the score recorded for the graded submission (0–1, after attempt and hint penalties) */
  recordedScore?: number | null;
  /** the course's help per kind of gradient mistake, shown with a graded result's diagnosis */
  mistakeHelp?: MistakeHelpTable;
  /** the learner's draft kept by the server (from another device); a newer local draft wins */
  savedDraft?: string | null;
  /** called as the code changes (and with the starter on reset), for the app to keep the draft */
  onDraftChange?: (code: string) => void;
  /** puts code into the editor (a submission from the history); the code it replaces stays one Undo away */
  restore?: RestoreRequest | null;
  /** time limit for Run, in ms (default 2000) */
  runTimeLimitMs?: number;
  /** 'plain' keeps the textarea (no CodeMirror); default loads CodeMirror when in view */
  editor?: 'auto' | 'plain';
  /** for tests: replaces the Web Worker run */
  run?: (req: RunRequest, options: RunOptions) => Promise<RunReport>;
}

type Editor = ComponentType<CodeEditorProps>;

/**
 * A code exercise: editor (CodeMirror, loaded when the exercise scrolls into view), Run (the
 * public examples in a Web Worker, with `@slope/numeric`), Submit (through `onSubmit`) and the
 * graded result. Drafts are kept in localStorage per exercise id.
 */
export function Exercise({
  id,
  title,
  starterCode,
  functionName,
  params = [],
  publicExamples = [],
  tolerance,
  onSubmit,
  result = null,
  status = 'idle',
  attemptsLeft,
  recordedScore,
  mistakeHelp,
  runTimeLimitMs = 2000,
  editor = 'auto',
  savedDraft = null,
  onDraftChange,
  restore,
  run = runInWorker,
}: ExerciseProps) {
  const uid = useId();
  const root = useRef<HTMLElement>(null);
  const [code, setCode] = useState(starterCode);
  const [Editor, setEditor] = useState<Editor | null>(null);
  const [running, setRunning] = useState(false);
  const [runResult, setRunResult] = useState<GradeResult | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [draftRestored, setDraftRestored] = useState(false);

  // Restore after mount so the server-rendered HTML (starter code) hydrates without mismatch.
  useEffect(() => {
    const draft = loadDraft(id) ?? savedDraft;
    if (draft !== null && draft !== starterCode) {
      setCode(draft);
      setDraftRestored(true);
    }
  }, [id, starterCode, savedDraft]);

  useEffect(() => {
    if (editor === 'plain' || Editor) return;
    const el = root.current;
    const load = () =>
      void import('./code-editor.tsx').then((m) => setEditor(() => m.default)).catch(() => {});
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          load();
        }
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [editor, Editor]);

  const change = useCallback(
    (next: string) => {
      setCode(next);
      saveDraft(id, next);
      onDraftChange?.(next);
    },
    [id, onDraftChange],
  );
  const restored = useRestore(restore, code, change);

  async function onRun() {
    setRunning(true);
    setRunResult(null);
    try {
      const report = await run(
        { code, functionName, params, examples: publicExamples, tolerance },
        { timeLimitMs: runTimeLimitMs },
      );
      setRunResult(runReportToGradeResult(report));
    } finally {
      setRunning(false);
    }
  }

  async function submit() {
    setError(null);
    // A Run of earlier code says nothing about what is being graded now.
    setRunResult(null);
    setSubmitting(true);
    try {
      await onSubmit(code);
    } catch (error) {
      setError(
        userMessageOf(
          error,
          'Could not submit. Check your connection and try again; your draft is saved.',
        ),
      );
    } finally {
      setSubmitting(false);
    }
  }

  function reset() {
    setCode(starterCode);
    clearDraft(id);
    setDraftRestored(false);
    onDraftChange?.(starterCode);
  }

  const busy = submitting || status === 'queued' || status === 'running';
  const outOfAttempts = attemptsLeft === 0;
  const labelId = `${uid}-label`;
  const keysId = `${uid}-keys`;
  const signature = `${functionName}(${params.map((p) => (p.type ? `${p.name}: ${p.type}` : p.name)).join(', ')})`;

  return (
    <section
      ref={root}
      className="slope-widget slope-exercise"
      aria-labelledby={labelId}
      data-exercise-id={id}
    >
      <div className="slope-exercise__head">
        <h3 id={labelId} className="slope-exercise__title">
          {title ?? 'Exercise'}
        </h3>
        <code className="slope-exercise__signature">{signature}</code>
      </div>
      {draftRestored && (
        <p className="slope-muted slope-exercise__draft">
          Your saved draft was restored.{' '}
          <button type="button" className="slope-link-button" onClick={reset}>
            Reset to the starter code
          </button>
        </p>
      )}
      {restored.restored && <RestoredNote restored={restored.restored} onUndo={restored.undo} />}
      <div className="slope-exercise__editor">
        {Editor ? (
          <Editor
            value={code}
            onChange={change}
            label={`Code for ${functionName}`}
            describedBy={keysId}
            onRun={() => {
              if (!running) void onRun();
            }}
            onSubmit={() => {
              if (!busy && !outOfAttempts) void submit();
            }}
          />
        ) : (
          <textarea
            className="slope-editor-fallback"
            aria-label={`Code for ${functionName}`}
            value={code}
            spellCheck={false}
            rows={Math.min(24, Math.max(8, code.split('\n').length + 1))}
            aria-describedby={keysId}
            onChange={(e) => change(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
              e.preventDefault();
              if (e.shiftKey) {
                if (!busy && !outOfAttempts) void submit();
              } else if (!running) void onRun();
            }}
          />
        )}
      </div>
      <p className="slope-muted slope-exercise__keys" id={keysId}>
        <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>Enter</kbd> runs the examples, with <kbd>Shift</kbd> it
        submits. <kbd>Tab</kbd> indents: press <kbd>Esc</kbd> then <kbd>Tab</kbd> to leave the
        editor.
      </p>
      <div className="slope-actions">
        <button
          type="button"
          className="slope-button slope-button--secondary"
          onClick={onRun}
          disabled={running}
        >
          {running
            ? 'Running…'
            : `Run ${publicExamples.length} example${publicExamples.length === 1 ? '' : 's'}`}
        </button>
        <button
          type="button"
          className="slope-button"
          onClick={submit}
          disabled={busy || outOfAttempts}
        >
          {submitting ? 'Submitting…' : 'Submit'}
        </button>
        {attemptsLeft !== undefined && (
          <span className="slope-muted">
            {attemptsLeft === null
              ? 'Unlimited attempts'
              : `${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left`}
          </span>
        )}
      </div>
      <div role="status" className="slope-status">
        {error && <p className="slope-error">{error}</p>}
        {running && <p>Running the public examples…</p>}
        {status === 'queued' && <p>Submitted. Waiting for a grader…</p>}
        {status === 'running' && <p>Grading against the hidden tests…</p>}
        {runResult && !running && (
          <p>
            Run finished:{' '}
            {runResult.gradable
              ? `${runResult.tests.filter((t) => t.passed).length} of ${runResult.tests.length} examples passed.`
              : 'your code could not run.'}
          </p>
        )}
        {status === 'graded' && result && (
          <p>
            Graded: {Math.round((recordedScore ?? result.score) * 100)}%
            {typeof recordedScore === 'number' && result.score - recordedScore > 5e-3
              ? ` (${Math.round(result.score * 100)}% before penalties)`
              : ''}
            .
          </p>
        )}
      </div>
      {runResult && <GradeResultPanel result={runResult} title="Run: public examples" mode="run" />}
      {status === 'graded' && result && (
        <GradeResultPanel
          result={result}
          title="Submission: hidden tests"
          {...(attemptsLeft !== undefined ? { attemptsLeft } : {})}
          {...(mistakeHelp ? { mistakeHelp } : {})}
        />
      )}
    </section>
  );
}
