import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contourPaths } from './contour-plot/contour-paths.ts';
import { ContourPlot } from './contour-plot/contour-plot.tsx';
import { descentPath, surfaces } from './contour-plot/surfaces.ts';
import { centralDifference, functionPresets, secantSlope } from './function-plot/presets.ts';
import { summarize } from './line-chart/series-summary.ts';

describe('plot maths', () => {
  it('secant slope tends to the derivative as h → 0', () => {
    const { f, df } = functionPresets.square;
    const errors = [1, 0.1, 0.01].map((h) => Math.abs(secantSlope(f, 1, h) - df(1)));
    expect(errors[0]).toBeCloseTo(1);
    expect(errors[2]).toBeLessThan(errors[1]!);
    expect(centralDifference(Math.sin, 0.3)).toBeCloseTo(Math.cos(0.3), 8);
  });

  it.each([
    { lr: 0.08, verdict: 'converging' },
    { lr: 0.19, verdict: 'oscillating' },
    { lr: 0.25, verdict: 'diverged' },
    { lr: 0.005, verdict: 'crawling' },
  ])('learning rate $lr on the elongated bowl: $verdict', ({ lr, verdict }) => {
    expect(descentPath(surfaces.elongated, [-2.6, 1], lr).verdict).toBe(verdict);
  });

  it('draws one contour path per level', () => {
    const paths = contourPaths(
      surfaces.bowl.f,
      { x: [-3, 3], y: [-3, 3], width: 300, height: 300 },
      { levels: 5 },
    );
    expect(paths).toHaveLength(5);
    expect(paths[0]?.d).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('summarises series for the text alternative', () => {
    expect(summarize([{ name: 'a', values: [3, null, 1, 2] }])).toEqual([
      { name: 'a', first: 3, last: 2, min: 1, steps: 4 },
    ]);
  });
});

describe('<ContourPlot>', () => {
  it('moves the start point with the arrow keys and reports the path', () => {
    render(<ContourPlot surface="bowl" />);
    const handle = screen.getByRole('button', { name: /Start point \(-2.50, 2.00\)/ });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(screen.getByRole('button', { name: /Start point \(-2.38, 2.00\)/ })).toBeInTheDocument();
    expect(document.querySelector('[data-readout="descent"]')).toHaveTextContent('converg');
  });

  it('shows overshoot when the learning rate slider goes up', () => {
    render(<ContourPlot surface="elongated" />);
    const slider = screen.getByRole('slider', { name: /learning rate/ });
    fireEvent.change(slider, { target: { value: '0.93' } });
    expect(
      document.querySelector('[data-readout="descent"]')?.getAttribute('data-verdict'),
    ).toMatch(/oscillating|diverged/);
  });
});
