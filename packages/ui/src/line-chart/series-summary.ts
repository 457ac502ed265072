export interface ChartSeries {
  name: string;
  /** one value per step; null where there is no (finite) value */
  values: (number | null)[];
}

export interface SeriesSummary {
  name: string;
  first: number | null;
  last: number | null;
  min: number | null;
  steps: number;
}

/** First, last and smallest value of each series: the text alternative to the chart. */
export function summarize(series: readonly ChartSeries[]): SeriesSummary[] {
  return series.map(({ name, values }) => {
    const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
    return {
      name,
      first: values[0] ?? null,
      last: values[values.length - 1] ?? null,
      min: finite.length ? Math.min(...finite) : null,
      steps: values.length,
    };
  });
}

/** Number formatting for read-outs: 4 significant digits, exponent when tiny or huge. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return v.toExponential(2);
  return String(Number(v.toPrecision(4)));
}

/**
 * What the hover legend shows for one series: the value under the cursor, or, while nothing is
 * hovered (`index` null), the series' latest value, so the legend is never a row of dashes.
 *
 * @example legendValue([3, 2, 1.5], null, null) // "1.5"
 */
export function legendValue(
  values: ArrayLike<number | null | undefined>,
  value: number | null | undefined,
  index: number | null | undefined,
): string {
  if (index !== null && index !== undefined) return formatValue(value);
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) return formatValue(v);
  }
  return formatValue(null);
}
