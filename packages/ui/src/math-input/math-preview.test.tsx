import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { MathPreview } from './math-preview.tsx';
import type { createFakeLoader } from './testing/fake-mathlive.ts';

const loader = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeLoader> | null }));
vi.mock('./load-mathlive.ts', async () => {
  const { createFakeLoader } = await import('./testing/fake-mathlive.ts');
  loader.current = createFakeLoader();
  return loader.current.module;
});
const fake = () => loader.current!;

beforeEach(() => fake().reset());

describe('<MathPreview>', () => {
  it('shows the LaTeX source until MathLive loads, then the formula and its words', async () => {
    const { container } = render(<MathPreview latex="x^2" />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).toHaveTextContent('x^2');
    expect(region?.querySelector('code')).not.toBeNull();
    await act(() => fake().arrive());
    expect(region?.querySelector('.ML__latex')).not.toBeNull();
    expect(region?.querySelector('.ML__latex')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.getByText('spoken: x^2')).toHaveClass('slope-sr-only');
    await expectNoAxeViolations();
  });

  it('renders at once when MathLive is already on the page, and loads nothing for no formula', async () => {
    const { container, rerender } = render(<MathPreview latex="" />);
    expect(fake().state.calls).toBe(0);
    expect(container.textContent).toBe('');
    act(() => fake().arrive());
    rerender(<MathPreview latex="\\sqrt{x}" />);
    expect(container.querySelector('.ML__latex')).not.toBeNull();
    expect(container.querySelector('code')).toBeNull();
  });

  it('keeps the source when MathLive cannot load', async () => {
    const { container } = render(<MathPreview latex="x^2" />);
    await act(() => fake().fail());
    expect(container.querySelector('code')).toHaveTextContent('x^2');
  });
});
