'use client';

import { MDXProvider } from '@mdx-js/react';
import type { MDXComponents, MDXContent } from 'mdx/types';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type EditorHandle, LineNumberedEditor } from './line-numbered-editor';
import styles from './preview.module.css';
import type { PreviewResult } from './preview-engine';
import type { PreviewIssue } from './preview-issue';
import { ProblemList } from './problem-list';
import { Committed, RenderBoundary } from './render-boundary';
import { splitFrontMatter } from './split-front-matter';

/** How long typing must pause before the draft is compiled again. */
const DEBOUNCE_MS = 300;

interface Engine {
  compilePreview(body: string): Promise<PreviewResult>;
  components: MDXComponents;
}

interface Rendered {
  Content: MDXContent;
  title: string | null;
  /** counts successful compiles: a new one remounts the preview */
  version: number;
}

export interface PreviewWorkbenchProps {
  initialSource: string;
}

/**
 * The author's live preview: MDX on the left, the lesson as learners will see it on the right,
 * compiled in the browser a moment after typing stops. Problems are listed at their line above
 * the preview and marked in the editor; the last good render stays up meanwhile.
 */
export function PreviewWorkbench({ initialSource }: PreviewWorkbenchProps) {
  const [source, setSource] = useState(initialSource);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [engineError, setEngineError] = useState<string | null>(null);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [issues, setIssues] = useState<PreviewIssue[]>([]);
  const [renderError, setRenderError] = useState<string | null>(null);
  const [compiling, setCompiling] = useState(true);
  const lastGood = useRef<Rendered | null>(null);
  const compiledOnce = useRef(false);
  const versions = useRef(0);
  const editor = useRef<EditorHandle>(null);
  const split = useMemo(() => splitFrontMatter(source), [source]);

  useEffect(() => {
    // The compiler, KaTeX and the widgets load here, on this page only.
    import('./preview-engine').then(
      (module) =>
        setEngine({ compilePreview: module.compilePreview, components: module.previewComponents }),
      (error: unknown) =>
        setEngineError(`The MDX compiler did not load (${String(error)}). Reload the page.`),
    );
  }, []);

  useEffect(() => {
    if (!engine) return;
    let cancelled = false;
    setCompiling(true);
    const timer = setTimeout(
      async () => {
        compiledOnce.current = true;
        const result: PreviewResult = split.issue
          ? { ok: false, issues: [split.issue] }
          : await engine.compilePreview(split.body);
        if (cancelled) return;
        setCompiling(false);
        if (result.ok) {
          setIssues([]);
          setRenderError(null);
          versions.current += 1;
          setRendered({ Content: result.Content, title: split.title, version: versions.current });
        } else {
          setIssues(result.issues);
        }
      },
      compiledOnce.current ? DEBOUNCE_MS : 0,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [engine, split]);

  const errorLines = useMemo(
    () => new Set(issues.flatMap((issue) => (issue.line === null ? [] : [issue.line]))),
    [issues],
  );
  const hasProblems = issues.length > 0 || renderError !== null;

  function onRenderError(error: Error) {
    setRenderError(error.message);
    // Fall back to the last draft that rendered, if this is not it.
    setRendered((current) =>
      lastGood.current && lastGood.current !== current ? lastGood.current : null,
    );
  }

  return (
    <div className={styles.workbench}>
      <div className={styles.source}>
        <label htmlFor="mdx-source">Lesson MDX</label>
        <LineNumberedEditor
          id="mdx-source"
          ref={editor}
          value={source}
          onChange={setSource}
          errorLines={errorLines}
          describedBy="preview-problems"
        />
      </div>
      <section className={styles.output} aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="slope-sr-only">
          Preview
        </h2>
        <div id="preview-problems" aria-live="polite">
          {engineError && (
            <p className={styles.issues} role="alert">
              {engineError}
            </p>
          )}
          {!engine && !engineError && (
            <p className={`muted ${styles.status}`}>Loading the MDX compiler…</p>
          )}
          {issues.length > 0 && (
            <ProblemList
              issues={issues}
              showingLastGood={rendered !== null}
              goTo={(line, column) => editor.current?.goTo(line, column)}
            />
          )}
          {renderError && issues.length === 0 && (
            <div className={styles.issues}>
              <p>
                The draft compiled but failed while rendering: {renderError}
                {rendered ? '. The preview shows the last version that worked.' : ''}
              </p>
            </div>
          )}
        </div>
        {engine && rendered && (
          <article className="prose" aria-label="Rendered lesson" aria-busy={compiling}>
            <h2 className={styles.title}>
              {rendered.title ?? 'Untitled draft (no title in the front matter)'}
            </h2>
            <RenderBoundary key={rendered.version} onError={onRenderError}>
              <MDXProvider components={engine.components}>
                <rendered.Content />
              </MDXProvider>
              <Committed
                onCommit={() => {
                  lastGood.current = rendered;
                }}
              />
            </RenderBoundary>
          </article>
        )}
        {!hasProblems && !rendered && engine && compiling && (
          <p className={`muted ${styles.status}`}>Rendering…</p>
        )}
      </section>
    </div>
  );
}
