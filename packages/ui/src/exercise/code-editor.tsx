'use client';
// Loaded with import() when an exercise scrolls into view: CodeMirror never weighs on a lesson
// page that has no exercise on screen.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import { useEffect, useRef } from 'react';

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** accessible name of the editing area */
  label: string;
  describedBy?: string;
  /** Ctrl/⌘-Enter (CodeMirror's own Mod-Enter, a blank line, gives way to it) */
  onRun?: () => void;
  /** Ctrl/⌘-Shift-Enter */
  onSubmit?: () => void;
}

/** Colours come from CSS variables (see styles.css), so light and dark themes both read well. */
const highlight = HighlightStyle.define([
  {
    tag: [t.keyword, t.modifier, t.controlKeyword, t.definitionKeyword],
    color: 'var(--slope-code-keyword)',
  },
  { tag: [t.string, t.special(t.string)], color: 'var(--slope-code-string)' },
  { tag: [t.number, t.bool, t.null], color: 'var(--slope-code-number)' },
  {
    tag: [t.comment, t.lineComment, t.blockComment],
    color: 'var(--slope-code-comment)',
    fontStyle: 'italic',
  },
  { tag: [t.typeName, t.className], color: 'var(--slope-code-type)' },
  {
    tag: [t.function(t.variableName), t.function(t.propertyName)],
    color: 'var(--slope-code-function)',
  },
]);

const theme = EditorView.theme({
  '&': {
    backgroundColor: 'var(--code-bg, #f3f4f6)',
    color: 'var(--fg, #17202a)',
    fontSize: '14px',
  },
  '.cm-content': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    caretColor: 'var(--fg)',
  },
  '.cm-gutters': {
    backgroundColor: 'var(--code-bg, #f3f4f6)',
    color: 'var(--fg-muted, #4b5563)',
    border: 'none',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--slope-code-active-line)' },
  '&.cm-focused': { outline: '3px solid var(--accent, #1f5fbf)', outlineOffset: '2px' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--slope-code-selection) !important',
  },
  '.cm-cursor': { borderLeftColor: 'var(--fg)' },
});

export default function CodeEditor({
  value,
  onChange,
  label,
  describedBy,
  onRun,
  onSubmit,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const actions = useRef({ onRun, onSubmit });
  actions.current = { onRun, onSubmit };

  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; value syncs below
  useEffect(() => {
    if (!host.current) return;
    view.current = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          autocompletion(),
          syntaxHighlighting(highlight),
          javascript({ typescript: true }),
          // Tab indents; Escape then Tab leaves the editor (CodeMirror's documented escape hatch).
          keymap.of([
            { key: 'Mod-Enter', run: () => act(actions.current.onRun) },
            { key: 'Mod-Shift-Enter', run: () => act(actions.current.onSubmit) },
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...completionKeymap,
            indentWithTab,
          ]),
          theme,
          EditorView.contentAttributes.of({
            'aria-label': label,
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    return () => {
      view.current?.destroy();
      view.current = null;
    };
  }, []);

  // Outside changes (reset to starter, restored draft) replace the document.
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value)
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} className="slope-editor" data-editor="codemirror" />;
}

/** Runs a shortcut's action; without one the key falls through to CodeMirror's own binding. */
function act(action: (() => void) | undefined): boolean {
  if (!action) return false;
  action();
  return true;
}
