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
