'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { cssVar, useThemeKey } from '../shared/use-theme-key.ts';
import { type ChartSeries, formatValue, legendValue, summarize } from './series-summary.ts';

export interface LineChartProps {
  title: string;
  series: ChartSeries[];
  /** x values shared by all series; defaults to the step index 0, 1, 2, … */
  x?: number[];
  xLabel?: string;
  yLabel?: string;
  /** logarithmic y axis (non-positive values are left out) */
  logScale?: boolean;
  height?: number;
}

const PALETTE: [string, string, string][] = [
  ['--slope-series-1', '#1f5fbf', '#7fb0ff'],
  ['--slope-series-2', '#b4530a', '#ffb366'],
  ['--slope-series-3', '#1a7f37', '#6bd48a'],
  ['--slope-series-4', '#8e3ab8', '#d4a0ff'],
];

/**
 * Loss curves and other series over steps, drawn with uPlot (canvas, fast with thousands of
 * points, hover read-out in its legend). uPlot is loaded on mount; a table summarises the data
 * for screen readers and before the chart appears.
 */
export function LineChart({
  title,
  series,
  x,
  xLabel = 'step',
  yLabel = 'loss',
  logScale = false,
  height = 260,
}: LineChartProps) {
  const uid = useId();
  const box = useRef<HTMLDivElement>(null);
  const themeKey = useThemeKey();
  const [failed, setFailed] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: themeKey re-creates the chart with new colours
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let chart: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    void import('uplot')
      .then(({ default: UPlot }) => {
        if (cancelled) return;
        const dark = isDark(el);
        const fg = cssVar(el, '--fg', dark ? '#e6e9ee' : '#17202a');
        const grid = cssVar(el, '--border', dark ? '#2c3642' : '#d9dee5');
        const n = Math.max(0, ...series.map((s) => s.values.length));
        const xs = x ?? Array.from({ length: n }, (_, i) => i);
        const clean = (v: number | null | undefined) =>
          v === null || v === undefined || !Number.isFinite(v) || (logScale && v <= 0) ? null : v;
        const data = [
          xs,
          ...series.map((s) => xs.map((_, i) => clean(s.values[i]))),
        ] as uPlot.AlignedData;
        const axis = (label: string, log = false): uPlot.Axis => ({
          label,
          values: (_u, splits) => splits.map((v) => (log ? formatLogTick(v) : formatValue(v))),
          stroke: fg,
          grid: { stroke: grid, width: 1 },
          ticks: { stroke: grid, width: 1 },
        });
        chart = new UPlot(
          {
            width: Math.max(200, el.clientWidth),
            height,
            scales: { x: { time: false }, y: logScale ? { distr: 3 } : {} },
            axes: [axis(xLabel), axis(logScale ? `${yLabel} (log scale)` : yLabel, logScale)],
            series: [
              { label: xLabel, value: (_u, v, _s, at) => legendValue(xs, v, at) },
              ...series.map((s, i) => {
                const [name, light, darkColour] = PALETTE[i % PALETTE.length] ?? PALETTE[0]!;
                return {
                  label: s.name,
                  stroke: cssVar(el, name, dark ? darkColour : light),
                  width: 2,
                  dash: i % 2 === 1 ? [6, 4] : undefined,
                  // Before any hover, the legend shows each series' latest value.
                  value: (_u: uPlot, v: number | null, _s: number, at: number | null) =>
                    legendValue(data[i + 1] ?? [], v, at),
                } satisfies uPlot.Series;
              }),
            ],
            legend: { live: true },
            cursor: { drag: { x: false, y: false } },
          },
          data,
          el,
        );
        observer = new ResizeObserver(() =>
          chart?.setSize({ width: Math.max(200, el.clientWidth), height }),
        );
        observer.observe(el);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [series, x, xLabel, yLabel, logScale, height, themeKey]);

  const summary = summarize(series);
  return (
    <figure className="slope-chart" aria-labelledby={`${uid}-title`}>
      <figcaption id={`${uid}-title`} className="slope-chart__title">
        {title}
      </figcaption>
      <div
        ref={box}
        className="slope-chart__canvas"
        aria-hidden="true"
        style={{ minHeight: height }}
      />
      {failed && (
        <p className="slope-muted">The chart could not be drawn; the table below has the data.</p>
      )}
      <details className="slope-chart__data">
        <summary>Data summary</summary>
        {/* Scrolls sideways on a narrow screen rather than widening the page; the app takes it
            out of the Tab order while it fits (data-scroll-region). */}
        <section
          className="slope-chart__table"
          aria-label={`${title}: data summary`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
          data-scroll-region=""
        >
          <table>
            <caption className="slope-sr-only">{title}: summary per series</caption>
            <thead>
              <tr>
                <th scope="col">series</th>
                <th scope="col">steps</th>
                <th scope="col">first</th>
                <th scope="col">last</th>
                <th scope="col">smallest</th>
              </tr>
            </thead>
            <tbody>
              {summary.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>{s.steps}</td>
                  <td>{formatValue(s.first)}</td>
                  <td>{formatValue(s.last)}</td>
                  <td>{formatValue(s.min)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </figure>
  );
}

/** Log-axis ticks: plain numbers near 1, powers of ten elsewhere (1e-5, not 0). */
function formatLogTick(v: number | null): string {
  if (v === null || v === undefined) return '';
  if (v === 0) return '0';
  return v >= 1e-3 && v < 1e4
    ? String(Number(v.toPrecision(3)))
    : v.toExponential(0).replace('e+', 'e');
}

function isDark(el: Element): boolean {
  const themed = el.closest('[data-theme]')?.getAttribute('data-theme');
  if (themed) return themed === 'dark';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
