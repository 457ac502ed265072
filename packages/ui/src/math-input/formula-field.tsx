'use client';
import type { MathfieldElement } from 'mathlive';
import { useEffect, useRef } from 'react';
import type { MathLive } from './load-mathlive.ts';

export interface FormulaFieldProps {
  ml: MathLive;
  id: string;
  /** the accessible name when no `<label for={id}>` gives one */
  ariaLabel?: string | undefined;
  /** LaTeX */
  value: string;
  onChange(latex: string): void;
  onSubmit?: (() => void) | undefined;
  disabled?: boolean | undefined;
  describedBy?: string | undefined;
  placeholder?: string | undefined;
  /** focus the field once it is on the page (after the learner switched to it) */
  autoFocus?: boolean | undefined;
}

/** Plain text shown as text in a math-field's placeholder (which is LaTeX). */
function textPlaceholder(text: string): string {
  return text ? `\\text{${text.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c}`)}}` : '';
}

/**
 * MathLive's `<math-field>`, created by hand inside a box React never renders into (MathLive owns
 * its DOM). The `<label for={id}>` outside (or `ariaLabel`) names it; MathLive passes the name to its shadow
 * input, speaks edits through its own live region and shows its virtual keyboard on touch
 * screens only (policy `auto`).
 */
export function FormulaField(props: FormulaFieldProps) {
  const { ml, id, ariaLabel, value, disabled, describedBy, placeholder } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<MathfieldElement | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const field = new ml.MathfieldElement();
    field.mathVirtualKeyboardPolicy = 'auto';
    field.setValue(latest.current.value, { silenceNotifications: true });
    field.addEventListener('input', () => latest.current.onChange(field.value));
    // Enter (and the virtual keyboard's return key) asks to insert a line break: submit instead.
    field.addEventListener('beforeinput', (event) => {
      const submit = latest.current.onSubmit;
      if ((event as InputEvent).inputType !== 'insertLineBreak' || !submit) return;
      event.preventDefault();
      submit();
    });
    box.append(field);
    fieldRef.current = field;
    if (latest.current.autoFocus) field.focus();
    return () => {
      field.remove();
      fieldRef.current = null;
    };
  }, [ml]);

  useEffect(() => {
    const field = fieldRef.current;
    if (!field) return;
    field.id = id;
    field.disabled = Boolean(disabled);
    field.placeholder = textPlaceholder(placeholder ?? '');
    for (const [name, text] of [
      ['aria-label', ariaLabel],
      ['aria-describedby', describedBy],
    ] as const)
      if (text) field.setAttribute(name, text);
      else field.removeAttribute(name);
  }, [id, ariaLabel, disabled, describedBy, placeholder]);

  // A new value from outside (a restored answer, a reset): not the echo of the learner's typing.
  useEffect(() => {
    const field = fieldRef.current;
    if (field && field.value !== value) field.setValue(value, { silenceNotifications: true });
  }, [value]);

  return <div ref={boxRef} className="slope-math-input__formula" />;
}
