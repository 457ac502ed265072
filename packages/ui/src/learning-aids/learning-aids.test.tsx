import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../shared/user-error.ts';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { LearningAids } from './learning-aids.tsx';
import type { LearningAidsView } from './types.ts';

const view = (over: Partial<LearningAidsView> = {}): LearningAidsView => ({
  hints: {
    total: 2,
    open: [{ index: 0, title: 'Start small', html: '<p>Try one row.</p>', asked: false }],
    next: { index: 1, opensAfterFailed: 3, failed: 1, penalty: 0 },
  },
  solution: { open: false, dueOpens: null, attemptsOpen: 5 },
  submissionsClosed: false,
  ...over,
});

describe('LearningAids', () => {
  it('shows the open hints, how the next one opens, and when the solution opens', async () => {
    const { container } = render(<LearningAids aids={view()} onAskHint={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Hint 1: Start small' })).toBeTruthy();
    expect(screen.getByText('Try one row.')).toBeTruthy();
    expect(
      screen.getByText('Hint 2 opens by itself after 3 failed attempts (you have 1).'),
    ).toBeTruthy();
    expect(
      screen.getByText(/Opens when you pass this exercise, or when you have used all 5 attempts/),
    ).toBeTruthy();
    expect(screen.queryByText('Show the worked solution')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('asks for a free hint at once', async () => {
    const onAskHint = vi.fn(async () => {});
    render(<LearningAids aids={view()} onAskHint={onAskHint} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show hint 2' }));
    expect(onAskHint).toHaveBeenCalledWith(1);
  });

  it('asks before spending points on a hint, and shows why a request failed', async () => {
    const aids = view();
    aids.hints.next = { index: 1, opensAfterFailed: null, failed: 0, penalty: 0.1 };
    const onAskHint = vi.fn(async () => {
      throw new UserFacingError('Hints open in order: ask for hint 1 first.');
    });
    render(<LearningAids aids={aids} onAskHint={onAskHint} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show hint 2 (costs 10%)' }));
    expect(onAskHint).not.toHaveBeenCalled();
    expect(screen.getByText(/takes 10% off the score of every submission/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Keep it closed' }));
    expect(screen.queryByText(/takes 10% off/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show hint 2 (costs 10%)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show hint 2 (−10%)' }));
    expect(onAskHint).toHaveBeenCalledWith(1);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Hints open in order: ask for hint 1 first.',
    );
  });

  it('shows an open worked solution behind a disclosure, saying why it is open', async () => {
    const { container } = render(
      <LearningAids
        aids={view({ solution: { open: true, reason: 'passed', html: '<p>The derivation.</p>' } })}
        onAskHint={vi.fn()}
      />,
    );
    expect(
      screen.getByRole('heading', { name: /Worked solution \(open because you passed\)/ }),
    ).toBeTruthy();
    await userEvent.click(screen.getByText('Show the worked solution'));
    expect(screen.getByText('The derivation.')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('renders nothing for an exercise without aids', () => {
    const { container } = render(
      <LearningAids
        aids={view({ hints: { total: 0, open: [], next: null }, solution: null })}
        onAskHint={vi.fn()}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});
