'use client';
import { type KeyboardEvent, type PointerEvent, useId, useMemo, useRef, useState } from 'react';
import { formatValue } from '../line-chart/series-summary.ts';
import { MathFormula as TeX } from '../math/math.tsx';
import { contourPaths, type Frame, toPixel } from './contour-paths.ts';
import {
  descentPath,
  type PathVerdict,
  type Surface,
  type SurfaceName,
  surfaces,
} from './surfaces.ts';

export interface ContourPlotProps {
  /** a named loss surface (serialisable from MDX) … */
  surface?: SurfaceName;
  /** … or, from client code, any surface */
  custom?: Surface;
  learningRate?: number;
  steps?: number;
  title?: string;
  /** show ∇L arrows on a grid */
  arrows?: boolean;
}

const W = 600;
const PAD = { left: 44, bottom: 36, top: 8, right: 8 };

const VERDICT: Record<PathVerdict, string> = {
  converged: 'converged to the minimum',
  converging: 'heading steadily to the minimum',
  oscillating: 'overshooting: it zig-zags across the valley',
  crawling: 'crawling: the steps are too small to get far',
  diverged: 'diverging: each step overshoots further',
};

/**
 * Contour lines of a 2-D loss, gradient arrows, and the gradient-descent path from a start
 * point you drag (or move with arrow keys), with the learning rate on a slider.
 */
export function ContourPlot({
  surface = 'elongated',
  custom,
  learningRate,
  steps = 40,
  title,
  arrows = true,
}: ContourPlotProps) {
  const s = custom ?? surfaces[surface];
  const uid = useId();
  const frame = useMemo<Frame>(() => {
    const aspect = (s.y[1] - s.y[0]) / (s.x[1] - s.x[0]);
    const width = W - PAD.left - PAD.right;
    return {
      x: s.x,
      y: s.y,
      width,
      height: Math.round(width * Math.min(1, Math.max(0.5, aspect))),
    };
  }, [s]);
  const H = frame.height + PAD.top + PAD.bottom;
  const [lr, setLr] = useState(learningRate ?? s.learningRate);
  const [start, setStart] = useState<[number, number]>(s.start);
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<number | null>(null);

  const levels = useMemo(() => contourPaths(s.f, frame), [s, frame]);
  const field = useMemo(() => (arrows ? arrowField(s, frame) : []), [s, arrows, frame]);
  const { points, verdict } = useMemo(
    () => descentPath(s, start, lr, steps),
    [s, start, lr, steps],
  );
  const last = points[points.length - 1] ?? start;

  const [lrLo, lrHi] = s.lrRange;
  const lrToSlider = (v: number) =>
    (Math.log(v) - Math.log(lrLo)) / (Math.log(lrHi) - Math.log(lrLo));
  const sliderToLr = (t: number) =>
    Math.exp(Math.log(lrLo) + t * (Math.log(lrHi) - Math.log(lrLo)));

  function fromPointer(e: PointerEvent): [number, number] {
    const rect = svg.current!.getBoundingClientRect();
    const px = ((e.clientX - rect.left) / rect.width) * W - PAD.left;
    const py = ((e.clientY - rect.top) / rect.height) * H - PAD.top;
    const x = s.x[0] + (px / frame.width) * (s.x[1] - s.x[0]);
    const y = s.y[1] - (py / frame.height) * (s.y[1] - s.y[0]);
    return [clamp(x, s.x), clamp(y, s.y)];
  }

  function onKey(e: KeyboardEvent) {
    const step = (e.shiftKey ? 0.1 : 0.02) * (s.x[1] - s.x[0]);
    const d: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = d[e.key];
    if (!move) return;
    e.preventDefault();
    setStart(([x, y]) => [clamp(x + move[0], s.x), clamp(y + move[1], s.y)]);
  }

  const px = (p: [number, number]) => toPixel(frame, p);
  const [sx, sy] = px(start);
  const ticks = (lo: number, hi: number) => niceTicks(lo, hi);

  return (
    <figure className="slope-plot slope-contour" aria-labelledby={`${uid}-title`}>
      <figcaption id={`${uid}-title`} className="slope-chart__title">
        {title ?? 'Gradient descent on a loss surface'}{' '}
        <span className="slope-plot__legend">
          <TeX tex={s.tex} />
        </span>
      </figcaption>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG picture with one focusable handle */}
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        className="slope-contour__svg"
        role="group"
        aria-label={`Contour plot. Gradient descent from (${start[0].toFixed(2)}, ${start[1].toFixed(2)}) with learning rate ${formatValue(lr)} ends at (${last[0].toFixed(2)}, ${last[1].toFixed(2)}): ${VERDICT[verdict]}.`}
        onPointerMove={(e) => {
          if (dragging.current === e.pointerId) setStart(fromPointer(e));
        }}
        onPointerUp={() => {
          dragging.current = null;
        }}
      >
        <defs>
          <clipPath id={`${uid}-clip`}>
            <rect width={frame.width} height={frame.height} />
          </clipPath>
          <marker
            id={`${uid}-arrow`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M0,0L10,5L0,10z" className="slope-contour__arrowhead" />
          </marker>
        </defs>
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          <rect width={frame.width} height={frame.height} className="slope-contour__bg" />
          <g clipPath={`url(#${uid}-clip)`}>
            {levels.map((l) => (
              <path
                key={l.level}
                d={l.d}
                className="slope-contour__level"
                style={{ fillOpacity: 0.055 }}
              />
            ))}
            {field.map(([a, b]) => (
              <line
                key={`${a[0]},${a[1]}`}
                x1={a[0]}
                y1={a[1]}
                x2={b[0]}
                y2={b[1]}
                className="slope-contour__grad"
                markerEnd={`url(#${uid}-arrow)`}
              />
            ))}
            <polyline
              points={points.map((p) => px(p).join(',')).join(' ')}
              className="slope-contour__path"
            />
            {points.map((p, i) => {
              const [x, y] = px(p);
              // biome-ignore lint/suspicious/noArrayIndexKey: path steps
              return <circle key={i} cx={x} cy={y} r={2.5} className="slope-contour__step" />;
            })}
          </g>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain SVG group, nothing in it is focusable */}
          <g className="slope-contour__axes" aria-hidden="true">
            {ticks(s.x[0], s.x[1]).map((t) => {
              const [x] = px([t, s.y[0]]);
              return (
                <g key={`x${t}`} transform={`translate(${x},${frame.height})`}>
                  <line y2={5} />
                  <text y={18} textAnchor="middle">
                    {formatValue(t)}
                  </text>
                </g>
              );
            })}
            {ticks(s.y[0], s.y[1]).map((t) => {
              const [, y] = px([s.x[0], t]);
              return (
                <g key={`y${t}`} transform={`translate(0,${y})`}>
                  <line x2={-5} />
                  <text x={-8} dy="0.32em" textAnchor="end">
                    {formatValue(t)}
                  </text>
                </g>
              );
            })}
            <text
              x={frame.width / 2}
              y={frame.height + 32}
              textAnchor="middle"
              className="slope-contour__label"
            >
              w₁
            </text>
            <text
              transform={`translate(${-34},${frame.height / 2}) rotate(-90)`}
              textAnchor="middle"
              className="slope-contour__label"
            >
              w₂
            </text>
          </g>
          {/* biome-ignore lint/a11y/useSemanticElements: an SVG handle; there is no native 2-D control */}
          <circle
            cx={sx}
            cy={sy}
            r={9}
            className="slope-contour__start"
            role="button"
            tabIndex={0}
            aria-label={`Start point (${start[0].toFixed(2)}, ${start[1].toFixed(2)}): drag it, or move it with the arrow keys`}
            data-handle="start"
            onKeyDown={onKey}
            onPointerDown={(e) => {
              dragging.current = e.pointerId;
              (e.currentTarget.ownerSVGElement ?? e.currentTarget).setPointerCapture?.(e.pointerId);
            }}
          />
        </g>
      </svg>
      <div className="slope-plot__controls">
        <label>
          <span>learning rate η = {formatValue(lr)}</span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.005}
            value={lrToSlider(lr)}
            onChange={(e) => setLr(sliderToLr(Number(e.currentTarget.value)))}
            aria-valuetext={`learning rate ${formatValue(lr)}`}
          />
        </label>
      </div>
      <p
        className="slope-plot__readout"
        aria-live="polite"
        data-readout="descent"
        data-verdict={verdict}
      >
        {points.length - 1} steps with η = {formatValue(lr)}: loss {formatValue(s.f(...start))} →{' '}
        {formatValue(s.f(...last))}, <strong>{VERDICT[verdict]}</strong>.
        {arrows && ' Arrows show ∇L: uphill; descent steps go the other way.'}
      </p>
    </figure>
  );
}

function clamp(v: number, [lo, hi]: [number, number]) {
  return Math.min(hi, Math.max(lo, v));
}

function arrowField(s: Surface, frame: Frame): [[number, number], [number, number]][] {
  const out: [[number, number], [number, number]][] = [];
  const n = 9;
  const len = Math.min(frame.width, frame.height) / n / 2;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = s.x[0] + ((i + 0.5) / n) * (s.x[1] - s.x[0]);
      const y = s.y[0] + ((j + 0.5) / n) * (s.y[1] - s.y[0]);
      const [gx, gy] = s.grad(x, y);
      const m = Math.hypot(gx, gy);
      if (m < 1e-9) continue;
      const [px, py] = toPixel(frame, [x, y]);
      out.push([
        [px, py],
        [px + (gx / m) * len, py - (gy / m) * len],
      ]);
    }
  return out;
}

function niceTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const raw = span / 6;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((k) => k >= raw) ?? mag * 10;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step)
    out.push(Number(t.toFixed(10)));
  return out;
}
