'use client';

import { type CSSProperties, type Ref, useImperativeHandle, useRef } from 'react';
import styles from './preview.module.css';

export interface EditorHandle {
  /** focuses the editor with the caret at a line and column (1-based) and scrolls it into view */
  goTo(line: number, column: number): void;
}

export interface LineNumberedEditorProps {
  id: string;
  value: string;
  onChange(value: string): void;
  /** lines to mark as wrong, in the gutter and with a band across the line */
  errorLines: ReadonlySet<number>;
  /** the id of the element listing the problems */
  describedBy: string;
  ref?: Ref<EditorHandle>;
}

/**
 * A plain textarea with line numbers beside it. Lines never wrap, so a line number and a row on
 * screen are the same thing and an error's line can be marked exactly.
 */
export function LineNumberedEditor({
  id,
  value,
  onChange,
  errorLines,
  describedBy,
  ref,
}: LineNumberedEditorProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const marks = useRef<HTMLDivElement>(null);
  const lineNumbers = Array.from({ length: value.split('\n').length }, (_, i) => i + 1);

  useImperativeHandle(ref, () => ({
    goTo(line, column) {
      const element = textarea.current;
      if (!element) return;
      const lines = element.value.split('\n');
      let offset = 0;
      for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
      offset += Math.max(0, Math.min(column - 1, lines[line - 1]?.length ?? 0));
      element.focus();
      element.setSelectionRange(offset, offset);
      const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 24;
      element.scrollTop = Math.max(0, (line - 1) * lineHeight - element.clientHeight / 2);
      syncScroll();
    },
  }));

  function syncScroll() {
    const element = textarea.current;
    if (!element) return;
    const shift = `translateY(${-element.scrollTop}px)`;
    if (gutter.current) gutter.current.style.transform = shift;
    if (marks.current) marks.current.style.transform = shift;
  }

  return (
    <div className={styles.editor}>
      <div
        className={styles.gutter}
        style={
          { '--digits': String(Math.max(2, String(lineNumbers.length).length)) } as CSSProperties
        }
        aria-hidden="true"
      >
        <div className={styles.gutterInner} ref={gutter}>
          {lineNumbers.map((line) => (
            <div key={line} className={errorLines.has(line) ? styles.gutterError : undefined}>
              {line}
            </div>
          ))}
        </div>
      </div>
      <div className={styles.field}>
        <div className={styles.marks} ref={marks} aria-hidden="true">
          {[...errorLines].map((line) => (
            <div
              key={line}
              className={styles.lineMark}
              data-line={line}
              style={{ top: `calc(${line - 1} * var(--line-height))` }}
            />
          ))}
        </div>
        <textarea
          id={id}
          ref={textarea}
          className={styles.textarea}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onScroll={syncScroll}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={errorLines.size > 0}
          aria-describedby={describedBy}
        />
      </div>
    </div>
  );
}
