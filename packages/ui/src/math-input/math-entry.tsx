'use client';
import type { Ref } from 'react';
import { FormulaField } from './formula-field.tsx';
import type { MathInputFormat, MathMode } from './use-math-mode.ts';

export interface MathEntryProps {
  /** the widget's editor (see useMathMode) */
  editor: MathMode;
  id: string;
  /** the accessible name when no `<label for={id}>` names the entry (a matrix cell) */
  ariaLabel?: string | undefined;
  value: string;
  onChange(value: string, format: MathInputFormat): void;
  /** Enter, in either editor */
  onSubmit?: (() => void) | undefined;
  disabled?: boolean | undefined;
  describedBy?: string | undefined;
  placeholder?: string | undefined;
  /** the formula editor takes focus as it replaces this entry's plain input */
  takesFocus?: boolean | undefined;
  plainRef?: Ref<HTMLInputElement> | undefined;
}

/** One box to type a formula in: the formula editor when the widget shows it, else plain text. */
export function MathEntry(props: MathEntryProps) {
  const { editor, id, ariaLabel, value, onChange, onSubmit, disabled } = props;
  const { describedBy, placeholder } = props;
  return (
    <div className="slope-math-input__box">
      {editor.ml ? (
        <FormulaField
          ml={editor.ml}
          id={id}
          ariaLabel={ariaLabel}
          value={value}
          onChange={(latex) => onChange(latex, 'latex')}
          onSubmit={onSubmit}
          disabled={disabled}
          describedBy={describedBy}
          placeholder={placeholder}
          autoFocus={editor.focusNext.current && props.takesFocus !== false}
        />
      ) : (
        <input
          ref={props.plainRef}
          id={id}
          className="slope-math-input__plain"
          type="text"
          aria-label={ariaLabel}
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          aria-describedby={describedBy}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint={onSubmit ? 'done' : undefined}
          onChange={(event) => {
            editor.typedPlain();
            onChange(event.target.value, 'ascii-math');
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing || !onSubmit) return;
            event.preventDefault();
            onSubmit();
          }}
        />
      )}
    </div>
  );
}
