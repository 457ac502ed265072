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

describe('the draggable point', () => {
  beforeEach(() => {
    // Mafs draws nothing at width 0: report a 600 px wide box, as a browser would.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: ResizeObserverCallback) {}
        observe(target: Element) {
          const size = [{ inlineSize: 600, blockSize: 320 }];
          const entry = {
            target,
            contentRect: { width: 600, height: 320 },
            contentBoxSize: size,
            borderBoxSize: size,
          };
          this.callback(
            [entry as unknown as ResizeObserverEntry],
            this as unknown as ResizeObserver,
          );
        }
        unobserve() {}
        disconnect() {}
      },
    );
  });

  it('is named by what it is and where it is, and arrow keys move it along the curve', async () => {
    render(<FunctionPlot fn="loss" />);
    const point = await screen.findByRole(
      'slider',
      { name: /^Point on L\(w\)/ },
      { timeout: 5000 },
    );
    expect(point).toHaveAccessibleName('Point on L(w): w = 0.50, L(w) = 10.50');
    expect(point).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(point, { key: 'ArrowRight' });
    fireEvent.keyUp(point, { key: 'ArrowRight' });
    const name = point.getAttribute('aria-label') ?? '';
    const w = Number(/w = (-?[\d.]+),/.exec(name)?.[1]);
    expect(w).toBeGreaterThan(0.5);
    expect(screen.getByText(/tangent slope/).closest('p')).toHaveTextContent(
      `At w = ${w.toFixed(2)}`,
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
