import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { BarChart } from './bar-chart.tsx';

const bins = [
  { label: '0–49%', value: 2 },
  { label: '50–99%', value: 6 },
  { label: '100%', value: 12 },
];

describe('BarChart', () => {
  it('vertical: bar heights are proportional to the values, the tallest fills the plot', () => {
    const { container } = render(<BarChart title="Best scores" unit="learners" bars={bins} />);
    const heights = [...container.querySelectorAll('rect')].map((r) =>
      Number(r.getAttribute('height')),
    );
    expect(heights).toHaveLength(3);
    expect(heights[1]! / heights[2]!).toBeCloseTo(6 / 12);
    expect(heights[0]! / heights[2]!).toBeCloseTo(2 / 12);
    expect(heights[2]).toBe(220 - 22 - 34);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('vertical: the numbers are in a table for screen readers, with shares', async () => {
    render(<BarChart title="Best scores" unit="learners" bars={bins} />);
    expect(screen.getByRole('figure', { name: 'Best scores' })).toBeInTheDocument();
    const table = screen.getByRole('table', { hidden: true });
    const row = within(table).getByRole('row', { name: /100%/, hidden: true });
    expect(row).toHaveTextContent('100%1260%');
    await expectNoAxeViolations();
  });

  it('horizontal: one row per bar, widths relative to the largest, highlight said in words', async () => {
    render(
      <BarChart
        title="First answers"
        unit="learners"
        orientation="horizontal"
        highlightText="correct"
        bars={[
          { label: 'Steepest ascent', value: 9, highlight: true },
          { label: 'Steepest descent', value: 3 },
        ]}
      />,
    );
    const right = screen.getByRole('row', { name: /Steepest ascent/ });
    expect(right).toHaveTextContent('✓ correct');
    expect(right).toHaveTextContent('9 (75%)');
    const wrong = screen.getByRole('row', { name: /Steepest descent/ });
    expect(wrong).not.toHaveTextContent('correct');
    const fill = wrong.querySelector('.slope-bar-chart__fill') as HTMLElement;
    expect(fill.style.width).toBe(`${(100 * 3) / 9}%`);
    await expectNoAxeViolations();
  });

  it('all zeros: no bar drawn, no division by zero', () => {
    const { container } = render(
      <BarChart title="Empty" unit="learners" bars={[{ label: 'a', value: 0 }]} />,
    );
    expect(container.querySelector('rect')).toHaveAttribute('height', '0');
    expect(screen.getByRole('row', { name: /^a/, hidden: true })).toHaveTextContent('a0—');
  });
});
