import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MathHtmlProvider, MathText } from './math.tsx';
import { renderMathIn } from './render-math.ts';
import { splitMath } from './split-math.ts';

describe('splitMath', () => {
  it.each([
    { input: 'plain', expected: [{ kind: 'text', text: 'plain' }] },
    {
      input: 'a $x^2$ b',
      expected: [
        { kind: 'text', text: 'a ' },
        { kind: 'math', tex: 'x^2', display: false },
        { kind: 'text', text: ' b' },
      ],
    },
    { input: '$$\\nabla f$$', expected: [{ kind: 'math', tex: '\\nabla f', display: true }] },
    { input: 'costs \\$5', expected: [{ kind: 'text', text: 'costs $5' }] },
    { input: 'unclosed $x', expected: [{ kind: 'text', text: 'unclosed $x' }] },
  ])('$input', ({ input, expected }) => {
    expect(splitMath(input)).toEqual(expected);
  });
});

describe('MathText', () => {
  it('loads KaTeX lazily and renders MathML for screen readers', async () => {
    const { container } = render(<MathText text="the slope $f'(x)$" />);
    expect(container.textContent).toContain('the slope');
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
    expect(container.querySelector('math')).not.toBeNull();
  });

  it('uses math rendered on the server, without loading KaTeX', () => {
    const math = renderMathIn(["the slope $f'(x)$", null]);
    expect(Object.keys(math)).toEqual(["I:f'(x)"]);
    const { container } = render(
      <MathHtmlProvider value={math}>
        <MathText text="the slope $f'(x)$" />
      </MathHtmlProvider>,
    );
    expect(container.querySelector('.katex')).not.toBeNull();
  });
});
