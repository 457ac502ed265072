import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../shared/user-error.ts';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { Quiz } from './quiz.tsx';
import { checkQuiz, type QuizAnswer, quizSpecSchema, toQuizProps } from './spec.ts';

const spec = quizSpecSchema.parse({
  stem: 'Which statement about the learning rate $\\eta$ is correct?',
  choices: [
    { id: 'big', text: 'Bigger is always faster', feedback: 'Too big overshoots and diverges.' },
    { id: 'size', text: 'It scales the step size', correct: true, feedback: 'Yes.' },
    { id: 'dir', text: 'It changes the direction', feedback: 'The gradient sets the direction.' },
  ],
  explanation: 'The update is $w \\leftarrow w - \\eta \\nabla L$.',
  maxAttempts: 2,
});

function setup(initial?: { answer?: QuizAnswer }) {
  let attempts = 0;
  const onCheck = vi.fn(async (answer: QuizAnswer) =>
    checkQuiz(spec, answer, { attemptsUsed: ++attempts }),
  );
  const utils = render(
    <Quiz {...toQuizProps(spec)} onCheck={onCheck} initialAnswer={initial?.answer ?? null} />,
  );
  return { ...utils, onCheck, user: userEvent.setup() };
}

describe('<Quiz>', () => {
  it('asks for an answer before checking', async () => {
    const { user, onCheck } = setup();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onCheck).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Choose an answer first.');
  });

  it('shows the misconception behind a wrong answer, then allows a retry', async () => {
    const { user, onCheck } = setup();
    await user.click(screen.getByLabelText('Bigger is always faster'));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onCheck).toHaveBeenCalledWith({ selected: ['big'] });
    expect(await screen.findByText(/Too big overshoots/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Not quite');
    expect(screen.getByText('1 attempt left')).toBeInTheDocument();
    expect(screen.getByLabelText('Bigger is always faster')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByLabelText('Bigger is always faster')).not.toBeChecked();
    await user.click(screen.getByLabelText('It scales the step size'));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Correct!')).toBeInTheDocument();
    expect(screen.getByText(/Explanation/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('reveals the right answer after the last attempt', async () => {
    const { user } = setup();
    for (const label of ['Bigger is always faster', 'It changes the direction']) {
      screen.queryByRole('button', { name: 'Try again' }) &&
        (await user.click(screen.getByRole('button', { name: 'Try again' })));
      await user.click(screen.getByLabelText(label));
      await user.click(screen.getByRole('button', { name: 'Check' }));
      await screen.findByRole('status');
    }
    expect(await screen.findByText(/correct answer is marked/)).toBeInTheDocument();
    expect(screen.getByText('Correct answer')).toBeInTheDocument();
  });

  it('is operable by keyboard alone', async () => {
    const { user, onCheck } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onCheck).toHaveBeenCalledWith({ selected: ['size'] });
  });

  it('shows a learner-facing error from the server, and a generic one otherwise', async () => {
    const user = userEvent.setup();
    const onCheck = vi
      .fn<(answer: QuizAnswer) => Promise<never>>()
      .mockRejectedValueOnce(new UserFacingError('Sign in to check your answer.'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    render(<Quiz {...toQuizProps(spec)} onCheck={onCheck} />);
    await user.click(screen.getByLabelText('It scales the step size'));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Sign in to check your answer.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/Check your connection and try again/)).toBeInTheDocument();
    expect(screen.queryByText('Failed to fetch')).not.toBeInTheDocument();
  });

  it('restores a saved answer and feedback', () => {
    const feedback = checkQuiz(spec, { selected: ['size'] });
    render(
      <Quiz
        {...toQuizProps(spec)}
        onCheck={vi.fn()}
        initialAnswer={{ selected: ['size'] }}
        initialFeedback={feedback}
      />,
    );
    expect(screen.getByLabelText('It scales the step size')).toBeChecked();
    expect(screen.getByText('Correct!')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container, user } = setup();
    await user.click(screen.getByLabelText('It changes the direction'));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText(/gradient sets the direction/);
    await expectNoAxeViolations(container);
  });

  it('says only "not yet" to a wrong set of a multiple-answer quiz, marking no choice', async () => {
    const multi = quizSpecSchema.parse({ ...spec, mode: 'multiple', maxAttempts: null });
    const user = userEvent.setup();
    render(<Quiz {...toQuizProps(multi)} onCheck={async (answer) => checkQuiz(multi, answer)} />);
    for (const label of ['Bigger is always faster', 'It scales the step size'])
      await user.click(screen.getByLabelText(label));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/Not yet: that is not the right set/)).toBeInTheDocument();
    expect(screen.queryByText(/Too big overshoots|Yes\./)).toBeNull();
    expect(document.querySelector('[data-verdict]')).toBeNull();
    expect(screen.queryByText(/Explanation/)).toBeNull();
  });

  it('shows the throttle message the server sends', async () => {
    const user = userEvent.setup();
    render(
      <Quiz
        {...toQuizProps(spec)}
        onCheck={async () => {
          throw new UserFacingError('Take a moment: try again in 42 s.');
        }}
      />,
    );
    await user.click(screen.getByLabelText('Bigger is always faster'));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Take a moment: try again in 42 s.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check' })).toBeEnabled();
  });
});
