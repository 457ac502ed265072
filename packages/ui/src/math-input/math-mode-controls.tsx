'use client';
import type { MathInputMode } from './mode-preference.ts';
import type { MathMode } from './use-math-mode.ts';

const HINTS: Record<MathInputMode, string> = {
  formula: 'Formula editor: / starts a fraction, ^ a power, → moves out of it.',
  plain: 'Plain text: * for times, ^ for powers, / for fractions, e.g. 2*x*sin(x) + x^2*cos(x).',
};

export interface MathModeControlsProps {
  editor: MathMode;
  /** the hint's id: the fields name it in their aria-describedby */
  hintId: string;
  disabled?: boolean | undefined;
}

/** Under a widget's formula fields: how to type in the shown editor, the switch, load status. */
export function MathModeControls({ editor, hintId, disabled }: MathModeControlsProps) {
  const { mode, toggleTo, standingIn, loading } = editor;
  return (
    <>
      <div className="slope-math-input__footer">
        <p id={hintId} className="slope-hint slope-math-input__hint">
          {HINTS[mode]}
        </p>
        <button
          type="button"
          className="slope-link-button slope-math-input__toggle"
          disabled={disabled}
          onClick={() => editor.choose(toggleTo)}
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
    </>
  );
}
