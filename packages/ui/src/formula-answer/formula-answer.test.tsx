import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { createFakeLoader, FakeMathfield } from '../math-input/testing/fake-mathlive.ts';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { FormulaAnswer } from './formula-answer.tsx';
import { MatrixAnswer } from './matrix-answer.tsx';
import { NumericAnswer } from './numeric-answer.tsx';
import {
  type FormulaAnswer as Answer,
  checkFormulaAnswer,
  checkMatrixAnswer,
  checkNumericAnswer,
  formulaSpecSchema,
  type MatrixAnswer as GridAnswer,
  matrixSpecSchema,
  numericSpecSchema,
  toFormulaProps,
  toMatrixProps,
  toNumericProps,
} from './spec.ts';

// MathLive stays "loading": the widgets are used through the plain-text input, as a learner
// who prefers typing does (the formula editor itself is driven in e2e).
const loader = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeLoader> | null }));
vi.mock('../math-input/load-mathlive.ts', async () => {
  const { createFakeLoader } = await import('../math-input/testing/fake-mathlive.ts');
  loader.current = createFakeLoader();
  return loader.current.module;
});

const spec = formulaSpecSchema.parse({
  id: 'product',
  stem: 'Differentiate $f(x) = x^2 \\sin x$.',
  symbols: { x: 'scalar' },
  answer: '2*x*sin(x) + x^2*cos(x)',
  of: 'x^2*sin(x)',
  wrt: 'x',
  wrong: [{ answer: '2x cos x', feedback: 'That multiplies the derivatives.' }],
  explanation: 'The product rule.',
  maxAttempts: 2,
});

function setupFormula() {
  let attempts = 0;
  const onCheck = vi.fn(async (answer: Answer) => {
    const feedback = checkFormulaAnswer(spec, answer, { attemptsUsed: attempts + 1 });
    if (feedback.counted) attempts++;
    return feedback;
  });
  const utils = render(<FormulaAnswer {...toFormulaProps(spec)} onCheck={onCheck} />);
  const input = screen.getByRole('textbox', { name: 'Your answer' });
  return { ...utils, onCheck, input, user: userEvent.setup() };
}

const verdict = (container: HTMLElement) =>
  within(container.querySelector('.slope-status') as HTMLElement);

describe('<FormulaAnswer>', () => {
  it('sends no key to the browser', () => {
    const props = JSON.stringify(toFormulaProps(spec));
    expect(props).not.toContain('cos');
    expect(props).not.toContain('multiplies');
    expect(props).not.toContain('product rule');
  });

  it('shows what it reads as the learner types, then a right answer written another way is right', async () => {
    const { user, input, onCheck, container } = setupFormula();
    await user.type(input, 'x(2 sin x + x cos x)');
    expect(screen.getByText('Slope reads:')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onCheck).toHaveBeenCalledWith({ text: 'x(2 sin x + x cos x)' });
    expect(await verdict(container).findByText('Correct!')).toBeInTheDocument();
    expect(screen.getByText(/The product rule/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('an answer it cannot read costs no attempt and stays editable', async () => {
    const { user, input, container } = setupFormula();
    await user.type(input, '2x +');
    expect(screen.getByText(/Not understood yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      await verdict(container).findByText(/This did not count as an attempt/),
    ).toBeInTheDocument();
    expect(input).toBeEnabled();
    expect(screen.getByText('2 attempts left')).toBeInTheDocument();
  });

  it('names the slip, then shows the answer after the last attempt', async () => {
    const { user, input, container } = setupFormula();
    await user.type(input, '-2x sin x - x^2 cos x');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/The sign is wrong/)).toBeInTheDocument();
    expect(screen.getByText('1 attempt left')).toBeInTheDocument();
    expect(screen.queryByText('The answer:')).toBeNull();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.clear(input);
    await user.type(input, '2x cos x');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('That multiplies the derivatives.')).toBeInTheDocument();
    expect(verdict(container).getByText(/The answer is shown below/)).toBeInTheDocument();
    expect(screen.getByText('The answer:')).toBeInTheDocument();
  });
});

describe('<NumericAnswer>', () => {
  const numeric = numericSpecSchema.parse({
    stem: 'Estimate $\\sqrt{4.1}$ with the tangent line at 4.',
    answer: 2.025,
    wrong: [{ answer: '2.05', feedback: 'The slope of $\\sqrt{x}$ at 4 is $1/4$, not $1/2$.' }],
  });

  it('accepts a fraction, names an expected wrong number, and refuses 1/0 without an attempt', async () => {
    const onCheck = vi.fn(async (answer: Answer) => checkNumericAnswer(numeric, answer));
    const { container } = render(<NumericAnswer {...toNumericProps(numeric)} onCheck={onCheck} />);
    const user = userEvent.setup();
    const input = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(input, '1/0{Enter}');
    expect(await verdict(container).findByText(/undefined everywhere/)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '2.05{Enter}');
    expect(await screen.findByText(/not/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.clear(input);
    await user.type(input, '81/40{Enter}');
    expect(await verdict(container).findByText('Correct!')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

describe('<MatrixAnswer>', () => {
  afterEach(() => loader.current?.reset());
  const grid = matrixSpecSchema.parse({
    stem: 'The Jacobian of $(x^2 y, \\sin x)$ by $(x, y)$.',
    symbols: { x: 'scalar', y: 'scalar' },
    answer: [
      ['2*x*y', 'x^2'],
      ['cos(x)', '0'],
    ],
  });

  async function fill(user: ReturnType<typeof userEvent.setup>, entries: string[][]) {
    for (const [r, row] of entries.entries())
      for (const [c, value] of row.entries()) {
        const cell = screen.getByRole('textbox', { name: `Row ${r + 1}, column ${c + 1}` });
        await user.clear(cell);
        await user.type(cell, value);
      }
  }

  it('marks each entry and names the slip of a wrong one; a transposed grid is named', async () => {
    const onCheck = vi.fn(async (answer: GridAnswer) => checkMatrixAnswer(grid, answer));
    const { container } = render(<MatrixAnswer {...toMatrixProps(grid)} onCheck={onCheck} />);
    const user = userEvent.setup();
    await fill(user, [
      ['-2xy', 'x^2'],
      ['cos x', '0'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/Row 1, column 1: The sign is wrong/)).toBeInTheDocument();
    expect(container.querySelectorAll('td[data-verdict="correct"]')).toHaveLength(3);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await fill(user, [
      ['2xy', 'cos x'],
      ['x^2', '0'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/Transposed/)).toBeInTheDocument();
  });

  it('turns every entry into a formula editor when MathLive arrives, with one switch for the grid', async () => {
    const onCheck = vi.fn(async (answer: GridAnswer) => checkMatrixAnswer(grid, answer));
    const { container } = render(<MatrixAnswer {...toMatrixProps(grid)} onCheck={onCheck} />);
    const user = userEvent.setup();
    await fill(user, [['2*x*y', 'x^2']]);
    await act(() => loader.current!.arrive());
    const fields = Array.from(container.querySelectorAll<FakeMathfield>('fake-math-field'));
    expect(fields.map((f) => f.getAttribute('aria-label'))).toEqual([
      'Row 1, column 1',
      'Row 1, column 2',
      'Row 2, column 1',
      'Row 2, column 2',
    ]);
    // what was typed as plain text became LaTeX; focus stayed in the entry last typed in
    expect(fields.map((f) => f.value)).toEqual(['2\\cdot x\\cdot y', 'x^{2}', '', '']);
    expect(document.activeElement).toBe(fields[1]);
    expect(screen.getAllByRole('button', { name: 'Type as plain text' })).toHaveLength(1);
    act(() => fields[2]!.type('\\cos x'));
    act(() => fields[3]!.type('0'));
    expect(fields[3]!.pressEnter()).toBe(false); // Enter checks the grid
    await waitFor(() => expect(onCheck).toHaveBeenCalledOnce());
    expect(onCheck.mock.calls[0]![0].entries).toEqual([
      ['2\\cdot x\\cdot y', 'x^{2}'],
      ['\\cos x', '0'],
    ]);
    expect(await screen.findByText('Correct!')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('switches every entry back to plain text at once', async () => {
    localStorage.clear();
    render(<MatrixAnswer {...toMatrixProps(grid)} onCheck={vi.fn()} />);
    await act(() => loader.current!.arrive());
    const fields = Array.from(document.querySelectorAll<FakeMathfield>('fake-math-field'));
    act(() => fields[0]!.type('x^{2}'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Type as plain text' }));
    expect(document.querySelector('fake-math-field')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Row 1, column 1' })).toHaveValue('x^2');
    expect(screen.getByRole('textbox', { name: 'Row 1, column 1' })).toHaveFocus();
    localStorage.clear();
  });

  it('asks for every entry before checking', async () => {
    const onCheck = vi.fn();
    render(<MatrixAnswer {...toMatrixProps(grid)} onCheck={onCheck} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check' }));
    expect(onCheck).not.toHaveBeenCalled();
    expect(screen.getByText(/Fill in every entry/)).toBeInTheDocument();
  });
});
