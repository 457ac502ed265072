'use client';
import { type Expr, toFunction } from '@slope/numeric/expr';
import { Coordinates, Line, Mafs, Plot, Point } from 'mafs';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatValue } from '../line-chart/series-summary.ts';
import { MathFormula as TeX } from '../math/math.tsx';
import { NamedMovablePoint } from './movable-point.tsx';
import {
  centralDifference,
  type FunctionPreset,
  type FunctionPresetName,
  functionPresets,
  gridStep,
  secantSlope,
} from './presets.ts';

export interface FunctionPlotProps {
  /** a named function (serialisable from MDX) … */
  fn?: FunctionPresetName;
  /** … or a formula in x compiled on the server (`fn="x^2*sin(x)"` in MDX) … */
  expression?: Expr;
  /** … or, from client code, any function (with its derivative if known) */
  f?: (x: number) => number;
  df?: (x: number) => number;
  tex?: string;
  x?: [number, number];
  y?: [number, number];
  x0?: number;
  /** show the secant through x and x + h with an h slider and an "h → 0" animation */
  secant?: boolean;
  h?: number;
  xLabel?: string;
  yLabel?: string;
  height?: number;
  title?: string;
}

const H_MIN = 0.001;
/** how long the h → 0 animation takes */
const H_ANIMATION_MS = 3500;

/**
 * The plot itself (Mafs, which imports KaTeX): `FunctionPlot` loads it when it nears the viewport.
 */
export default function FunctionPlotView(props: FunctionPlotProps) {
  const preset: FunctionPreset = functionPresets[props.fn ?? 'square'];
  const { f: given, expression } = props;
  const own = useMemo(
    () => given ?? (expression ? toFunction(expression, 'x') : undefined),
    [given, expression],
  );
  const f = own ?? preset.f;
  const df = own ? props.df : (props.df ?? preset.df);
  const slopeAt = (x: number) => (df ? df(x) : centralDifference(f, x));
  const [xMin, xMax] = props.x ?? preset.x;
  const [yMin, yMax] = props.y ?? preset.y;
  const uid = useId();
  const [x0, setX0] = useState(props.x0 ?? preset.x0);
  const [h, setH] = useState(props.h ?? 1);
  const [animating, setAnimating] = useState(false);
  const frame = useRef(0);
  const xName = props.xLabel ?? (own ? undefined : preset.xLabel) ?? 'x';
  const yName = props.yLabel ?? (own ? undefined : preset.yLabel) ?? 'f(x)';

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  function animate() {
    if (animating) {
      cancelAnimationFrame(frame.current);
      setAnimating(false);
      return;
    }
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
      setH(H_MIN);
      return;
    }
    setAnimating(true);
    // h shrinks geometrically over a fixed time, whatever the frame rate: a slow device (or a
    // busy one) sees fewer frames, not a longer animation.
    const from = h < 0.05 ? 1.5 : h;
    const started = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - started) / H_ANIMATION_MS);
      const current = Math.max(H_MIN, from * (H_MIN / from) ** t);
      setH(current);
      if (t < 1) frame.current = requestAnimationFrame(tick);
      else setAnimating(false);
    };
    frame.current = requestAnimationFrame(tick);
  }

  const y0 = f(x0);
  const m = slopeAt(x0);
  const ms = secantSlope(f, x0, h);
  const clampX = (x: number) => Math.min(xMax, Math.max(xMin, x));
  const where = `${xName} = ${x0.toFixed(2)}, ${yName} = ${y0.toFixed(2)}`;

  return (
    <figure className="slope-plot slope-function-plot" aria-labelledby={`${uid}-title`}>
      <figcaption id={`${uid}-title`} className="slope-chart__title">
        {props.title ?? 'Drag the point: the tangent line shows the slope'}{' '}
        <span className="slope-plot__legend">
          <TeX tex={props.tex ?? preset.tex} />
        </span>
      </figcaption>
      <div className="slope-plot__frame" data-plot="function">
        <Mafs
          height={props.height ?? 320}
          viewBox={{ x: [xMin, xMax], y: [yMin, yMax], padding: 0.25 }}
          preserveAspectRatio={false}
        >
          <Coordinates.Cartesian
            subdivisions={false}
            xAxis={{ lines: gridStep(xMax - xMin) }}
            yAxis={{ lines: gridStep(yMax - yMin) }}
          />
          <Plot.OfX y={f} color="var(--slope-plot-curve)" weight={3} />
          <Line.PointSlope
            point={[x0, y0]}
            slope={m}
            color="var(--slope-plot-tangent)"
            weight={2}
          />
          {props.secant && (
            <>
              <Line.ThroughPoints
                point1={[x0, y0]}
                point2={[x0 + h, f(x0 + h)]}
                color="var(--slope-plot-secant)"
                style="dashed"
              />
              <Point x={x0 + h} y={f(x0 + h)} color="var(--slope-plot-secant)" />
            </>
          )}
          <NamedMovablePoint
            point={[x0, y0]}
            color="var(--slope-plot-point)"
            constrain={([x]) => [clampX(x), f(clampX(x))]}
            onMove={([x]) => setX0(clampX(x))}
            label={`Point on ${yName}: ${where}`}
            valueText={where}
            value={x0}
            min={xMin}
            max={xMax}
          />
        </Mafs>
        <span className="slope-plot__axis-label slope-plot__axis-label--x" aria-hidden="true">
          {xName}
        </span>
        <span className="slope-plot__axis-label slope-plot__axis-label--y" aria-hidden="true">
          {yName}
        </span>
      </div>
      <div className="slope-plot__controls">
        <label>
          <span>
            {xName} = {x0.toFixed(2)}
          </span>
          <input
            type="range"
            min={xMin}
            max={xMax}
            step={10 ** Math.floor(Math.log10((xMax - xMin) / 100))}
            value={x0}
            onChange={(e) => setX0(Number(e.currentTarget.value))}
            aria-valuetext={`${xName} = ${x0.toFixed(2)}`}
          />
        </label>
        {props.secant && (
          <>
            <label>
              <span>h = {formatValue(h)}</span>
              <input
                type="range"
                min={Math.log10(H_MIN)}
                max={Math.log10(2)}
                step={0.01}
                value={Math.log10(h)}
                onChange={(e) => {
                  cancelAnimationFrame(frame.current);
                  setAnimating(false);
                  setH(10 ** Number(e.currentTarget.value));
                }}
                aria-valuetext={`h = ${formatValue(h)}`}
              />
            </label>
            <button
              type="button"
              className="slope-button slope-button--secondary"
              onClick={animate}
            >
              {animating ? 'Stop' : 'Animate h → 0'}
            </button>
          </>
        )}
      </div>
      <ul className="slope-plot__key" aria-hidden="true">
        <li>
          <span className="slope-swatch" data-line="curve" /> curve
        </li>
        <li>
          <span className="slope-swatch" data-line="tangent" /> tangent at the point
        </li>
        {props.secant && (
          <li>
            <span className="slope-swatch" data-line="secant" /> secant through {xName} and {xName}{' '}
            + h
          </li>
        )}
      </ul>
      <p className="slope-plot__readout" aria-live="polite" data-readout="slope">
        At {xName} = {x0.toFixed(2)}: value {formatValue(y0)}, tangent slope{' '}
        <strong>{formatValue(m)}</strong>
        {props.secant && (
          <>
            ; secant slope with h = {formatValue(h)}: <strong>{formatValue(ms)}</strong> (difference{' '}
            {formatValue(Math.abs(ms - m))})
          </>
        )}
        .
      </p>
    </figure>
  );
}
