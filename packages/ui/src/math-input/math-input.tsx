'use client';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { latexToPlain, plainToLatex } from './convert.ts';
import { FormulaField } from './formula-field.tsx';
import { loadedMathLive, loadMathLive, type MathLive } from './load-mathlive.ts';
import { type MathInputMode, readModePreference, saveModePreference } from './mode-preference.ts';

/** What `value` holds: LaTeX from the formula editor, or plain text (ASCIIMath) as typed. */
export type MathInputFormat = 'latex' | 'ascii-math';

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

type Loading = 'idle' | 'loading' | 'failed';

const HINTS: Record<MathInputMode, string> = {
  formula: 'Formula editor: / starts a fraction, ^ a power, → moves out of it.',
  plain: 'Plain text: * for times, ^ for powers, / for fractions, e.g. 2*x*sin(x) + x^2*cos(x).',
};

/**
 * A formula answer: MathLive's formula editor (loaded lazily), or a plain-text input for people
 * who prefer typing `2*x*sin(x)`. The plain input is shown until MathLive has loaded (and if it
 * fails to); switching converts the value; the learner's choice is remembered.
 */
export function MathInput(props: MathInputProps) {
  const { id, label, value, onChange, onSubmit, disabled, describedBy, placeholder } = props;
  const [preferred, setPreferred] = useState<MathInputMode>('plain');
  const [ml, setMl] = useState<MathLive | null>(null);
  const [loading, setLoading] = useState<Loading>('idle');
  const [attempt, setAttempt] = useState(0); // a retry after a failed load
  const latest = useRef(props);
  latest.current = props;
  /** the learner typed in the plain input while the formula editor was on its way */
  const typedWhileLoading = useRef(false);
  const focusNext = useRef(false);
  const plainRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  // After hydration, before paint: the remembered mode, and MathLive if another widget loaded it.
  useLayoutEffect(() => {
    setPreferred(readModePreference());
    setMl(loadedMathLive());
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt retries a failed load
  useEffect(() => {
    if (preferred !== 'formula' || ml) return;
    let live = true;
    setLoading('loading');
    loadMathLive().then(
      (loaded) => {
        if (!live) return;
        // Plain text typed meanwhile becomes LaTeX; an untouched value already is (a restored answer).
        const current = latest.current.value;
        if (typedWhileLoading.current && current.trim())
          latest.current.onChange(plainToLatex(loaded, current), 'latex');
        typedWhileLoading.current = false;
        if (document.activeElement === plainRef.current) focusNext.current = true;
        setLoading('idle');
        setMl(loaded);
      },
      () => {
        if (!live) return;
        focusNext.current = false;
        setLoading('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [preferred, ml, attempt]);

  const mode: MathInputMode = preferred === 'formula' && ml ? 'formula' : 'plain';
  /** the plain input stands in while the formula editor loads */
  const standingIn = preferred === 'formula' && !ml && loading !== 'failed';

  // Focus follows the learner's switch (the formula field focuses itself as it mounts).
  useEffect(() => {
    if (mode === 'plain' && focusNext.current) plainRef.current?.focus();
    focusNext.current = false;
  }, [mode]);

  function choose(next: MathInputMode) {
    saveModePreference(next);
    focusNext.current = true;
    if (next === 'plain') {
      if (ml) onChange(latexToPlain(ml, value), 'ascii-math');
      setLoading('idle'); // a load on its way is no longer waited for
    }
    if (next === 'formula') {
      if (ml) onChange(plainToLatex(ml, value), 'latex');
      else typedWhileLoading.current = true; // converted when MathLive arrives
      if (loading === 'failed') setAttempt((n) => n + 1);
    }
    setPreferred(next);
  }

  const describedByAll = [hintId, describedBy].filter(Boolean).join(' ');
  const toggleTo: MathInputMode = mode === 'formula' || standingIn ? 'plain' : 'formula';
  return (
    <div className="slope-math-input" data-mode={mode}>
      <label className="slope-math-input__label" htmlFor={id}>
        {label}
      </label>
      <div className="slope-math-input__box">
        {mode === 'formula' && ml ? (
          <FormulaField
            ml={ml}
            id={id}
            value={value}
            onChange={(latex) => onChange(latex, 'latex')}
            onSubmit={onSubmit}
            disabled={disabled}
            describedBy={describedByAll}
            placeholder={placeholder}
            autoFocus={focusNext.current}
          />
        ) : (
          <input
            ref={plainRef}
            id={id}
            className="slope-math-input__plain"
            type="text"
            value={value}
            placeholder={placeholder}
            disabled={disabled}
            aria-describedby={describedByAll}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint={onSubmit ? 'done' : undefined}
            onChange={(event) => {
              if (standingIn) typedWhileLoading.current = true;
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
      <div className="slope-math-input__footer">
        <p id={hintId} className="slope-hint slope-math-input__hint">
          {HINTS[mode]}
        </p>
        <button
          type="button"
          className="slope-link-button slope-math-input__toggle"
          disabled={disabled}
          onClick={() => choose(toggleTo)}
        >
          {toggleTo === 'plain' ? 'Type as plain text' : 'Use the formula editor'}
        </button>
      </div>
      <p className="slope-hint slope-math-input__status" role="status">
        {standingIn && loading === 'loading' ? 'Loading the formula editor…' : null}
        {loading === 'failed'
          ? 'The formula editor could not load: type your answer as plain text.'
          : null}
      </p>
    </div>
  );
}
