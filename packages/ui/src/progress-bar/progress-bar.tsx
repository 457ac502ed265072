export interface ProgressBarProps {
  /** completed units */
  value: number;
  max: number;
  label: string;
  /** e.g. "lessons" → "3 of 8 lessons" */
  unit?: string;
}

/** A labelled progress bar (native <progress>: announced by screen readers). Server-safe. */
export function ProgressBar({ value, max, label, unit }: ProgressBarProps) {
  const clamped = Math.max(0, Math.min(max, value));
  const pct = max > 0 ? Math.round((clamped / max) * 100) : 0;
  const text = `${clamped} of ${max}${unit ? ` ${unit}` : ''} (${pct}%)`;
  return (
    <div className="slope-progress">
      <div className="slope-progress__label">
        <span>{label}</span>
        <span className="slope-muted">{text}</span>
      </div>
      <progress
        className="slope-progress__bar"
        value={clamped}
        max={max}
        aria-label={label}
        aria-valuetext={text}
      />
    </div>
  );
}
