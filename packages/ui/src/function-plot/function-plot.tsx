'use client';
import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { FunctionPlotProps } from './function-plot-view.tsx';

export type { FunctionPlotProps } from './function-plot-view.tsx';

type View = ComponentType<FunctionPlotProps>;
let loaded: View | null = null;

/**
 * A function with a point you drag (mouse, touch, or arrow keys on the point or the slider),
 * its tangent line and slope read-out, and optionally the secant that turns into the tangent as
 * h → 0. Drawn with Mafs; Mafs (and the KaTeX it imports) load when the plot nears the viewport,
 * so they never weigh on a lesson page's first load.
 */
export function FunctionPlot(props: FunctionPlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const [View, setView] = useState<View | null>(() => loaded);

  useEffect(() => {
    if (View) return;
    const load = () =>
      void import('./function-plot-view.tsx').then((m) => {
        loaded = m.default;
        setView(() => m.default);
      });
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      load();
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          load();
        }
      },
      { rootMargin: '300px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [View]);

  if (View) return <View {...props} />;
  return (
    <div
      ref={box}
      className="slope-plot slope-plot--loading"
      style={{ minHeight: (props.height ?? 320) + 110 }}
    >
      <p className="slope-chart__title">
        {props.title ?? 'Drag the point: the tangent line shows the slope'}
      </p>
      <p className="slope-muted">Loading the interactive plot…</p>
    </div>
  );
}
