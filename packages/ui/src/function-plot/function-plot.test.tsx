import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FunctionPlot } from './function-plot.tsx';

beforeEach(() => {
  // Mafs measures its box; jsdom has no ResizeObserver
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('<FunctionPlot>', () => {
  it('reads out the tangent slope and the secant slope as x and h change', async () => {
    render(<FunctionPlot fn="square" secant />);
    const readout = await screen.findByText(/tangent slope/, {}, { timeout: 5000 });
    expect(readout.closest('p')).toHaveTextContent(
      'At x = 1.00: value 1, tangent slope 2; secant slope with h = 1: 3',
    );
    const [xSlider, hSlider] = screen.getAllByRole('slider');
    fireEvent.change(xSlider!, { target: { value: '2' } });
    expect(readout.closest('p')).toHaveTextContent(
      'At x = 2.00: value 4, tangent slope 4; secant slope with h = 1: 5',
    );
    fireEvent.change(hSlider!, { target: { value: '-2' } });
    expect(readout.closest('p')).toHaveTextContent(
      'secant slope with h = 0.01: 4.01 (difference 0.01)',
    );
  });
});

describe('the loss plot of lesson 1', () => {
  it('names its axes as the lesson does (w and L(w), not x and f(x))', async () => {
    const { container } = render(<FunctionPlot fn="loss" />);
    expect(await screen.findByText(/tangent slope/, {}, { timeout: 5000 })).toHaveTextContent(
      /At w = 0\.50/,
    );
    const axisNames = [...container.querySelectorAll('.slope-plot__axis-label')].map(
      (e) => e.textContent,
    );
    expect(axisNames).toEqual(['w', 'L(w)']);
  });
});

describe('gridStep: about 7 grid lines, at 1, 2 or 5 × 10^k (lesson 1: −2…30 was every integer)', () => {
  it.each([
    [32, 5],
    [6, 1],
    [5, 0.5],
    [1.5, 0.2],
    [1000, 100],
    [0, 1],
  ])('%f → %f', async (span, step) => {
    const { gridStep } = await import('./presets.ts');
    expect(gridStep(span)).toBeCloseTo(step, 12);
  });
});
