'use client';
import { useId, useRef } from 'react';
import { MathEntry } from './math-entry.tsx';
import { MathModeControls } from './math-mode-controls.tsx';
import { type MathInputFormat, useMathMode } from './use-math-mode.ts';

export type { MathInputFormat } from './use-math-mode.ts';

export interface MathInputProps {
  id: string;
  /** the accessible name, shown as the field's label */
  label: string;
  value: string;
  /** the value the shown editor produces, and which kind it is */
  onChange(value: string, format: MathInputFormat): void;
  /** Enter, in either editor */
  onSubmit?: () => void;
  disabled?: boolean;
  /** id(s) of elements describing the field (e.g. feedback), besides its own hint */
  describedBy?: string;
  /** plain-text hint shown in the empty field */
  placeholder?: string;
}

/**
 * A formula answer: MathLive's formula editor (loaded lazily), or a plain-text input for people
 * who prefer typing `2*x*sin(x)`. The plain input is shown until MathLive has loaded (and if it
 * fails to); switching converts the value; the learner's choice is remembered.
 */
export function MathInput(props: MathInputProps) {
  const { id, label, value, onChange, onSubmit, disabled, describedBy, placeholder } = props;
  const latest = useRef(props);
  latest.current = props;
  const plainRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const editor = useMathMode({
    convert(format, change) {
      const current = latest.current.value;
      if (current.trim()) latest.current.onChange(change(current), format);
    },
    plainHasFocus: () => document.activeElement === plainRef.current,
    focusPlain: () => plainRef.current?.focus(),
  });

  return (
    <div className="slope-math-input" data-mode={editor.mode}>
      <label className="slope-math-input__label" htmlFor={id}>
        {label}
      </label>
      <MathEntry
        editor={editor}
        id={id}
        value={value}
        onChange={onChange}
        onSubmit={onSubmit}
        disabled={disabled}
        describedBy={[hintId, describedBy].filter(Boolean).join(' ')}
        placeholder={placeholder}
        plainRef={plainRef}
      />
      <MathModeControls editor={editor} hintId={hintId} disabled={disabled} />
    </div>
  );
}
