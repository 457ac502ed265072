import { gradeResultSchema } from '@slope/grader/grade-result';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { sampleResults } from './fixtures.ts';
import { GradeResultPanel } from './grade-result-panel.tsx';
import type { MistakeHelpTable } from './mistake-help.ts';

const mistakeHelp: MistakeHelpTable = {
  scaled: {
    explanation: 'Every component is off by the same factor: a constant went missing.',
    href: '/courses/demo/gradients#the-gradient-of-mean-squared-error',
    linkText: 'Lesson 4: The gradient of mean squared error',
  },
  'wrong-sign': {
    explanation: 'The gradient points uphill; yours points downhill.',
    href: '/courses/demo/gradients#slopes-in-other-directions',
    linkText: 'Lesson 4: Slopes in other directions',
  },
};

describe('<GradeResultPanel>', () => {
  it.each(Object.entries(sampleResults))(
    'fixture %s matches the GradeResult contract',
    (_, result) => {
      expect(gradeResultSchema.safeParse(result).success).toBe(true);
    },
  );

  it('shows the score, attempts, the failures and then the passing tests, status as text', () => {
    render(<GradeResultPanel result={sampleResults.mixed} attemptsLeft={2} />);
    expect(screen.getByText('40%')).toBeInTheDocument();
    expect(screen.getByText(/2 of 7 tests passed/)).toBeInTheDocument();
    expect(screen.getByText('2 attempts left')).toBeInTheDocument();
    const rows = screen
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('slope-grade__test'));
    expect(rows.map((r) => r.dataset.status)).toEqual([
      'failed',
      'failed',
      'timeout',
      'memory',
      'error',
      'passed',
    ]);
    for (const text of ['Passed', 'Failed', 'Timed out', 'Out of memory', 'Error'])
      expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    expect(within(rows[2]!).getByText(/Stopped after 1000 ms/)).toBeInTheDocument();
    expect(within(rows[0]!).getByText('0 / 2 pts')).toBeInTheDocument();
    expect(within(rows[5]!).getByText('2 hidden tests passed')).toBeInTheDocument();
    expect(within(rows[5]!).getByText('2 / 2 pts')).toBeInTheDocument();
  });

  it('renders gradient diagnoses readably', () => {
    render(<GradeResultPanel result={sampleResults.mixed} />);
    expect(screen.getByText('Gradient check: Off by a constant factor')).toBeInTheDocument();
    expect(screen.getByText(/forget the ½/)).toBeInTheDocument();
    expect(screen.getByText('×2')).toBeInTheDocument();
    expect(screen.getByText('Gradient check: Transposed')).toBeInTheDocument();
    expect(screen.getByText('expected [2 × 3], got [3 × 2]')).toBeInTheDocument();
  });

  it('renders values, notes, loss curves and console output', () => {
    render(<GradeResultPanel result={sampleResults.mixed} />);
    expect(screen.getByText('[1, -2.5, 6]')).toBeInTheDocument();
    expect(screen.getByText(/learning rate of 0.1/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Training loss' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'yours' })).toBeInTheDocument();
    expect(screen.getByText('Console output')).toBeInTheDocument();
  });

  it('folds tests that failed the same way into one row', () => {
    const diagnosis = {
      ok: false,
      kind: 'scaled' as const,
      message: 'Every component of your gradient is ×2 the expected value.',
      expectedShape: [3],
      gotShape: [3],
      maxRelativeError: 0.5,
      worstIndex: [0],
      scale: 2,
      scaleLabel: '×2',
    };
    const failing = (k: number) => ({
      name: `random data ${k}`,
      status: 'failed' as const,
      passed: false,
      points: 0,
      maxPoints: 1,
      message: diagnosis.message,
      diagnostics: [{ kind: 'gradient' as const, diagnosis }],
    });
    const result = gradeResultSchema.parse({
      gradable: true,
      score: 0.25,
      timeMs: 12,
      tests: [
        failing(1),
        failing(2),
        failing(3),
        { name: 'edge case', status: 'passed', passed: true, points: 1, maxPoints: 1, message: '' },
      ],
    });
    render(<GradeResultPanel result={result} />);
    const rows = screen
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('slope-grade__test'));
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('2 more tests failed the same way')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(/random data 3/)).toBeInTheDocument();
    // The diagnosis sentence appears once, not again inside the gradient check box.
    expect(within(rows[0]!).getAllByText(diagnosis.message)).toHaveLength(1);
    expect(within(rows[1]!).getByText('edge case')).toBeInTheDocument();
  });

  it('folds every passing test into one collapsed row, whatever its message', () => {
    // Twenty passing cases whose messages differ in the last digits (issue 18, item 6).
    const passing = Array.from({ length: 20 }, (_, k) => ({
      name: `random data ${k + 1}`,
      status: 'passed' as const,
      passed: true,
      points: 0.5,
      maxPoints: 0.5,
      message: `Your gradient matches (relative error ${(1.234 + k / 1000).toFixed(4)}e-13).`,
      diagnostics: [
        {
          kind: 'gradient' as const,
          diagnosis: {
            ok: true,
            kind: 'correct' as const,
            message: 'Your gradient matches the expected gradient.',
            expectedShape: [16],
            gotShape: [16],
            maxRelativeError: null,
            worstIndex: null,
          },
        },
      ],
    }));
    const result = gradeResultSchema.parse({
      gradable: true,
      score: 1,
      timeMs: 40,
      tests: passing,
    });
    const { container } = render(<GradeResultPanel result={result} />);
    const rows = container.querySelectorAll('.slope-grade__test');
    expect(rows).toHaveLength(1);
    const row = rows[0] as HTMLElement;
    expect(row.dataset.status).toBe('passed');
    expect(within(row).getByText('20 hidden tests passed')).toBeInTheDocument();
    expect(within(row).getByText('10 / 10 pts')).toBeInTheDocument();
    // The names and messages wait behind a closed <details> for whoever wants them.
    const details = row.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelectorAll('li')).toHaveLength(20);
    expect(within(details).getByText(/relative error 1\.2530e-13/)).toBeInTheDocument();
    // "Gradient correct" twenty times over would say nothing the row does not.
    expect(within(details).queryByText(/Gradient check/)).toBeNull();
    // Outside the closed <details>, the row holds one line of text, not twenty.
    const shown = [...row.childNodes].filter((n) => n !== details).map((n) => n.textContent);
    expect(shown.join(' ')).not.toMatch(/random data/);
  });

  it('lists failures first, grouped by message, then one row for the passing tests', () => {
    const test = (name: string, status: 'passed' | 'failed', message: string) => ({
      name,
      status,
      passed: status === 'passed',
      points: status === 'passed' ? 1 : 0,
      maxPoints: 1,
      message,
    });
    const result = gradeResultSchema.parse({
      gradable: true,
      score: 0.6,
      timeMs: 9,
      tests: [
        test('case 1', 'failed', 'Your gradient has the wrong sign.'),
        test('case 2', 'passed', 'Correct (1.1e-14).'),
        test('case 3', 'failed', 'Your gradient has the wrong sign.'),
        test('case 4', 'passed', 'Correct (2.3e-14).'),
        test('case 5', 'passed', 'Correct (9.9e-15).'),
      ],
    });
    const { container } = render(<GradeResultPanel result={result} />);
    const rows = [...container.querySelectorAll<HTMLElement>('.slope-grade__test')];
    expect(rows.map((r) => r.dataset.status)).toEqual(['failed', 'passed']);
    expect(within(rows[0]!).getByText('1 more test failed the same way')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('3 hidden tests passed')).toBeInTheDocument();
  });

  it("adds the course's help, with a link to the lesson, under a diagnosed mistake", () => {
    const { container } = render(
      <GradeResultPanel result={sampleResults.mixed} mistakeHelp={mistakeHelp} />,
    );
    const scaled = container.querySelector<HTMLElement>('.slope-diagnosis[data-kind="scaled"]')!;
    expect(within(scaled).getByText(/a constant went missing/)).toBeInTheDocument();
    const link = within(scaled).getByRole('link', {
      name: 'Lesson 4: The gradient of mean squared error',
    });
    expect(link).toHaveAttribute(
      'href',
      '/courses/demo/gradients#the-gradient-of-mean-squared-error',
    );
    // A kind the table leaves out (transposed here) gets the diagnosis alone.
    const transposed = container.querySelector('.slope-diagnosis[data-kind="transposed"]')!;
    expect(transposed.querySelector('.slope-mistake-help')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('shows no help for a result without a diagnosed mistake', () => {
    render(<GradeResultPanel result={sampleResults.allPassed} mistakeHelp={mistakeHelp} />);
    expect(screen.queryByText(/About this mistake/)).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('explains each kind of mistake once, however many rows show it', () => {
    const wrongSign = (name: string, message: string) => ({
      name,
      status: 'failed' as const,
      passed: false,
      points: 0,
      maxPoints: 1,
      message,
      diagnostics: [
        {
          kind: 'gradient' as const,
          diagnosis: {
            ok: false,
            kind: 'wrong-sign' as const,
            message,
            expectedShape: [2],
            gotShape: [2],
            maxRelativeError: 1,
            worstIndex: [0],
            scale: -1,
          },
        },
      ],
    });
    const result = gradeResultSchema.parse({
      gradable: true,
      score: 0,
      timeMs: 5,
      tests: [wrongSign('a', 'Every component has the wrong sign.'), wrongSign('b', 'Sign.')],
    });
    render(<GradeResultPanel result={result} mistakeHelp={mistakeHelp} />);
    expect(screen.getAllByText(/yours points downhill/)).toHaveLength(1);
  });

  it('has no axe violations with the help shown', async () => {
    render(<GradeResultPanel result={sampleResults.mixed} mistakeHelp={mistakeHelp} />);
    await expectNoAxeViolations();
  });

  it('shows format errors with file:line:column when the code cannot be graded', () => {
    render(<GradeResultPanel result={sampleResults.ungradable} attemptsLeft={null} />);
    expect(screen.getByText(/Not graded/)).toBeInTheDocument();
    expect(screen.getByText('submission.ts:3:14')).toBeInTheDocument();
    expect(screen.getByText(/No exported function/)).toBeInTheDocument();
    expect(screen.getByText('Unlimited attempts')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    render(<GradeResultPanel result={sampleResults.mixed} attemptsLeft={0} />);
    expect(screen.getByText('No attempts left')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
