import { type ReactNode, useId } from 'react';

export interface Bar {
  /** plain text: the SVG label and the row key */
  label: string;
  /** rich content shown for the label in table rows (e.g. text with math) */
  content?: ReactNode;
  value: number;
  /** marked with a different colour and the `highlightText` (e.g. the correct choice) */
  highlight?: boolean;
}

export interface BarChartProps {
  /** the figure's caption and the accessible name */
  title: string;
  bars: readonly Bar[];
  /** what a value counts, e.g. "learners" */
  unit: string;
  /**
   * `vertical` (a histogram: short labels under the bars) or `horizontal` (one row per bar,
   * for long labels such as quiz choices)
   */
  orientation?: 'vertical' | 'horizontal';
  /** said next to highlighted bars, e.g. "correct" */
  highlightText?: string;
  /** a sentence under the caption, e.g. how the data was counted */
  description?: string;
}

const W = 640;
const H = 220;
const PAD = { top: 22, bottom: 34, left: 8, right: 8 };

/**
 * A small bar chart. Server-safe (no state, no effects). Screen readers get the numbers as a
 * table: a vertical chart's SVG is hidden from them and the same data follows in a table (shown
 * on demand); a horizontal chart *is* a table with a bar in each row. Highlighted bars carry
 * text too, not colour alone.
 *
 * @example
 * <BarChart title="Best scores" unit="learners" bars={[{ label: '0–9%', value: 3 }, { label: '100%', value: 11 }]} />
 */
export function BarChart({
  title,
  bars,
  unit,
  orientation = 'vertical',
  highlightText,
  description,
}: BarChartProps) {
  const id = useId();
  const max = Math.max(0, ...bars.map((b) => b.value));
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  const share = (value: number) => (total > 0 ? `${Math.round((100 * value) / total)}%` : '—');
  const caption = (
    <figcaption id={`${id}-title`} className="slope-bar-chart__title">
      {title}
      {description && <span className="slope-bar-chart__description">{description}</span>}
    </figcaption>
  );
  const highlightNote = (bar: Bar) =>
    bar.highlight && highlightText ? (
      <span className="slope-bar-chart__mark"> ✓ {highlightText}</span>
    ) : null;

  if (orientation === 'horizontal') {
    return (
      <figure
        className="slope-bar-chart slope-bar-chart--horizontal"
        aria-labelledby={`${id}-title`}
      >
        {caption}
        <table className="slope-bar-chart__table">
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col">
                <span className="slope-sr-only">Bar</span>
              </th>
              <th scope="col">{unit[0]?.toUpperCase() + unit.slice(1)}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label} data-highlight={bar.highlight ? 'true' : undefined}>
                <th scope="row">
                  {bar.content ?? bar.label}
                  {highlightNote(bar)}
                </th>
                <td className="slope-bar-chart__track" aria-hidden="true">
                  <span
                    className="slope-bar-chart__fill"
                    style={{ width: max > 0 ? `${(100 * bar.value) / max}%` : '0%' }}
                  />
                </td>
                <td className="slope-bar-chart__value">
                  {bar.value} <span className="slope-muted">({share(bar.value)})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    );
  }

  const slot = (W - PAD.left - PAD.right) / Math.max(1, bars.length);
  const plotH = H - PAD.top - PAD.bottom;
  return (
    <figure className="slope-bar-chart" aria-labelledby={`${id}-title`}>
      {caption}
      <svg
        className="slope-bar-chart__svg"
        viewBox={`0 0 ${W} ${H}`}
        aria-hidden="true"
        focusable="false"
      >
        <line
          className="slope-bar-chart__axis"
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
        />
        {bars.map((bar, i) => {
          const h = max > 0 ? (plotH * bar.value) / max : 0;
          const x = PAD.left + i * slot;
          const y = H - PAD.bottom - h;
          return (
            <g key={bar.label} data-highlight={bar.highlight ? 'true' : undefined}>
              <rect
                className="slope-bar-chart__bar"
                x={x + slot * 0.12}
                y={y}
                width={slot * 0.76}
                height={h}
                rx={2}
              />
              <text className="slope-bar-chart__count" x={x + slot / 2} y={y - 6}>
                {bar.value}
              </text>
              <text className="slope-bar-chart__label" x={x + slot / 2} y={H - PAD.bottom + 18}>
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="slope-bar-chart__data">
        <summary>Show the numbers</summary>
        <table className="slope-bar-chart__table">
          <thead>
            <tr>
              <th scope="col">Bin</th>
              <th scope="col">{unit[0]?.toUpperCase() + unit.slice(1)}</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">
                  {bar.content ?? bar.label}
                  {highlightNote(bar)}
                </th>
                <td>{bar.value}</td>
                <td>{share(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
