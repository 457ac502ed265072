import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleResults } from '../grade-result-panel/fixtures.ts';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { Exercise, type ExerciseProps } from './exercise.tsx';
import { runInWorker } from './run-in-worker.ts';
import type { RunReport } from './types.ts';

const report: RunReport = {
  ok: true,
  examples: [
    { name: 'w = 0', status: 'passed', expected: '-18.6667', got: '-18.6667', message: '' },
    {
      name: 'at the minimum',
      status: 'failed',
      expected: '0',
      got: '1',
      message: 'The result differs from the expected value.',
    },
  ],
  output: '',
  outputTruncated: false,
  timeMs: 4,
};

function setup(props: Partial<ExerciseProps> = {}) {
  const onSubmit = vi.fn(async () => {});
  const run = vi.fn(async () => report);
  const utils = render(
    <Exercise
      id="mse-grad"
      title="Gradient of the MSE"
      starterCode="export function mseGrad(w: number): number {\n  return 0;\n}"
      functionName="mseGrad"
      params={[{ name: 'w', type: 'number' }]}
      publicExamples={[
        { name: 'w = 0', args: [0], expected: -56 / 3 },
        { name: 'at the minimum', args: [2], expected: 0 },
      ]}
      onSubmit={onSubmit}
      run={run}
      editor="plain"
      {...props}
    />,
  );
  return { ...utils, onSubmit, run, user: userEvent.setup() };
}

describe('<Exercise>', () => {
  it('says the recorded score after penalties, and the raw one beside it when they differ', () => {
    const { rerender } = setup({
      status: 'graded',
      result: sampleResults.allPassed,
      recordedScore: 0.9,
    });
    expect(screen.getByText('Graded: 90% (100% before penalties).')).toBeTruthy();
    rerender(
      <Exercise
        id="mse-grad"
        starterCode=""
        functionName="mseGrad"
        onSubmit={async () => {}}
        editor="plain"
        status="graded"
        result={sampleResults.allPassed}
        recordedScore={1}
      />,
    );
    expect(screen.getByText('Graded: 100%.')).toBeTruthy();
  });

  it('runs the public examples and shows got vs expected', async () => {
    const { user, run } = setup();
    await user.click(screen.getByRole('button', { name: 'Run 2 examples' }));
    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({
        functionName: 'mseGrad',
        code: expect.stringContaining('return 0'),
      }),
      { timeLimitMs: 2000 },
    );
    expect(await screen.findByRole('region', { name: 'Run: public examples' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 examples passed');
    expect(screen.getByText('1')).toBeInTheDocument();
  });

  it('keeps a draft across a reload and can reset it', async () => {
    const first = setup();
    const box = screen.getByRole('textbox', { name: 'Code for mseGrad' });
    await first.user.clear(box);
    await first.user.type(box, 'export const draft = 1;');
    first.unmount();
    setup();
    expect(screen.getByRole('textbox', { name: 'Code for mseGrad' })).toHaveValue(
      'export const draft = 1;',
    );
    expect(screen.getByText(/saved draft was restored/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset to the starter code' }));
    expect(
      (screen.getByRole('textbox', { name: 'Code for mseGrad' }) as HTMLTextAreaElement).value,
    ).toContain('return 0');
  });

  it('restores a server-kept draft when this browser has none, and reports edits', async () => {
    window.localStorage.clear();
    const onDraftChange = vi.fn();
    const { user } = setup({ savedDraft: 'export const fromServer = 2;', onDraftChange });
    const box = screen.getByRole('textbox', { name: 'Code for mseGrad' });
    expect(box).toHaveValue('export const fromServer = 2;');
    await user.type(box, '!');
    expect(onDraftChange).toHaveBeenLastCalledWith('export const fromServer = 2;!');
    await user.click(screen.getByRole('button', { name: 'Reset to the starter code' }));
    expect(onDraftChange).toHaveBeenLastCalledWith(expect.stringContaining('return 0'));
  });

  it('prefers this browser’s newer draft over the server’s', () => {
    window.localStorage.setItem(
      'slope:exercise-draft:mse-grad',
      JSON.stringify({ code: 'export const local = 3;' }),
    );
    setup({ savedDraft: 'export const fromServer = 2;' });
    expect(screen.getByRole('textbox', { name: 'Code for mseGrad' })).toHaveValue(
      'export const local = 3;',
    );
    window.localStorage.clear();
  });

  it('submits through the callback and renders the queued, running and graded states', async () => {
    const { user, onSubmit, rerender } = setup({ attemptsLeft: 3 });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.stringContaining('mseGrad'));
    const props = {
      id: 'mse-grad',
      starterCode: '',
      functionName: 'mseGrad',
      onSubmit,
      editor: 'plain' as const,
    };
    rerender(<Exercise {...props} status="queued" attemptsLeft={2} />);
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for a grader');
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
    rerender(<Exercise {...props} status="running" attemptsLeft={2} />);
    expect(screen.getByRole('status')).toHaveTextContent('Grading against the hidden tests');
    const mistakeHelp = {
      scaled: { explanation: 'A constant went missing.', href: '/l#s', linkText: 'Lesson 4: S' },
    };
    rerender(
      <Exercise
        {...props}
        status="graded"
        result={sampleResults.mixed}
        attemptsLeft={0}
        mistakeHelp={mistakeHelp}
      />,
    );
    const submission = screen.getByRole('region', { name: 'Submission: hidden tests' });
    expect(within(submission).getByRole('link', { name: 'Lesson 4: S' })).toHaveAttribute(
      'href',
      '/l#s',
    );
    expect(screen.getByText('No attempts left')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
    await expectNoAxeViolations();
  });

  it('runs with Ctrl+Enter and submits with Ctrl+Shift+Enter, and says how to leave the editor', async () => {
    const { user, run, onSubmit } = setup();
    const editor = screen.getByRole('textbox', { name: 'Code for mseGrad' });
    expect(editor).toHaveAccessibleDescription(/Esc then Tab to leave the editor/);
    await user.click(editor);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findByText('Run: public examples')).toBeInTheDocument();
    await user.keyboard('{Meta>}{Shift>}{Enter}{/Shift}{/Meta}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    // The run's results (of the code as it was then) leave with the submission.
    expect(screen.queryByText('Run: public examples')).toBeNull();
    // The shortcut did not type a line break into the code.
    expect(onSubmit).toHaveBeenCalledWith(expect.not.stringContaining('\n\n'));
  });

  it('loads the editor lazily when the exercise comes into view', async () => {
    let trigger: (visible: boolean) => void = () => {};
    class FakeObserver {
      constructor(cb: IntersectionObserverCallback) {
        trigger = (visible) =>
          cb([{ isIntersecting: visible } as IntersectionObserverEntry], this as never);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { container } = setup({ editor: 'auto' });
    expect(container.querySelector('textarea')).not.toBeNull();
    expect(container.querySelector('[data-editor="codemirror"]')).toBeNull();
    await act(async () => trigger(true));
    await waitFor(
      () => expect(container.querySelector('[data-editor="codemirror"]')).not.toBeNull(),
      { timeout: 5000 },
    );
    const content = container.querySelector('.cm-content') as HTMLElement;
    expect(content).toHaveAttribute('aria-label', 'Code for mseGrad');
    expect(content).toHaveAccessibleDescription(/Esc then Tab to leave the editor/);
    vi.unstubAllGlobals();
  });
});

describe('runInWorker', () => {
  it('terminates a worker that passes the time limit and names the example it was on', async () => {
    const terminate = vi.fn();
    const listeners: Record<string, (e: unknown) => void> = {};
    const fake = {
      addEventListener: (type: string, fn: (e: unknown) => void) => {
        listeners[type] = fn;
      },
      postMessage: () => {
        listeners.message?.({
          data: {
            type: 'example',
            index: 0,
            result: { name: 'a', status: 'passed', expected: '1', message: '' },
          },
        });
      },
      terminate,
    };
    const result = await runInWorker(
      {
        code: '',
        functionName: 'f',
        params: [],
        examples: [
          { name: 'a', args: [], expected: 1 },
          { name: 'b', args: [], expected: 2 },
          { name: 'c', args: [], expected: 3 },
        ],
      },
      { timeLimitMs: 50, createWorker: () => fake as unknown as Worker },
    );
    expect(terminate).toHaveBeenCalled();
    expect(result.examples.map((e) => e.status)).toEqual(['passed', 'timeout', 'not-run']);
    expect(result.examples[1]?.message).toMatch(/Stopped after 50 ms/);
  });
});
