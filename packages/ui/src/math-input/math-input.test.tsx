import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { MathInput, type MathInputFormat, type MathInputProps } from './math-input.tsx';
import { MODE_STORAGE_KEY } from './mode-preference.ts';
import type { createFakeLoader, FakeMathfield } from './testing/fake-mathlive.ts';

const loader = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeLoader> | null }));
vi.mock('./load-mathlive.ts', async () => {
  const { createFakeLoader } = await import('./testing/fake-mathlive.ts');
  loader.current = createFakeLoader();
  return loader.current.module;
});
const fake = () => loader.current!;

type HarnessProps = Partial<MathInputProps> & {
  initial?: string;
  changes: [string, MathInputFormat][];
};

/** A question's answer box: MathInput with its value in state, as a widget would hold it. */
function Harness({ initial, changes, ...props }: HarnessProps) {
  const [value, setValue] = useState(initial ?? '');
  return (
    <MathInput
      id="answer"
      label="Your derivative"
      value={value}
      onChange={(v, format) => {
        changes.push([v, format]);
        setValue(v);
      }}
      placeholder="e.g. 2*x"
      {...props}
    />
  );
}

function setup(props: Partial<MathInputProps> & { initial?: string } = {}) {
  const changes: [string, MathInputFormat][] = [];
  const onSubmit = vi.fn();
  const utils = render(<Harness changes={changes} onSubmit={onSubmit} {...props} />);
  return { ...utils, changes, onSubmit, user: userEvent.setup() };
}

const formulaField = () => document.querySelector<FakeMathfield>('fake-math-field');
const arrive = () => act(() => fake().arrive());

beforeEach(() => fake().reset());

describe('<MathInput>', () => {
  it('shows a working plain-text input while the formula editor loads', async () => {
    const { user, changes } = setup();
    const input = screen.getByRole('textbox', { name: 'Your derivative' });
    expect(input.tagName).toBe('INPUT');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the formula editor…');
    await user.type(input, '2*x');
    expect(input).toHaveValue('2*x');
    expect(changes.at(-1)).toEqual(['2*x', 'ascii-math']);
    await expectNoAxeViolations();
  });

  it('switches to the formula editor when MathLive arrives, keeping what was typed', async () => {
    const { user, changes } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Your derivative' }), 'x^2');
    await arrive();
    const field = formulaField();
    expect(field).not.toBeNull();
    expect(changes.at(-1)).toEqual(['x^{2}', 'latex']);
    expect(field?.value).toBe('x^{2}');
    // focus stays with the learner: the field that replaced the focused input takes it
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('passes an untouched value (a restored answer) to the formula editor as LaTeX', async () => {
    const { changes } = setup({ initial: '2x\\sin x' });
    await arrive();
    expect(formulaField()?.value).toBe('2x\\sin x');
    expect(changes).toEqual([]);
    expect(document.activeElement).toBe(document.body);
  });

  it('reports the LaTeX the formula editor produces, and submits on Enter', async () => {
    const { changes, onSubmit } = setup();
    await arrive();
    const field = formulaField()!;
    expect(field.id).toBe('answer');
    expect(screen.getByText('Your derivative')).toHaveAttribute('for', 'answer');
    expect(field.mathVirtualKeyboardPolicy).toBe('auto');
    act(() => field.type('2x\\sin x'));
    expect(changes.at(-1)).toEqual(['2x\\sin x', 'latex']);
    expect(field.pressEnter()).toBe(false); // no line break: the answer is submitted
    expect(onSubmit).toHaveBeenCalledOnce();
    await expectNoAxeViolations();
  });

  it('toggles to plain text and back, converting the value and remembering the choice', async () => {
    const { user, changes } = setup({ initial: '2x\\sin x+x^2\\cos x' });
    await arrive();
    await user.click(screen.getByRole('button', { name: 'Type as plain text' }));
    const input = screen.getByRole('textbox', { name: 'Your derivative' });
    expect(input.tagName).toBe('INPUT');
    expect(input).toHaveValue('2x sin x+x^2cos x');
    expect(changes.at(-1)).toEqual(['2x sin x+x^2cos x', 'ascii-math']);
    expect(document.activeElement).toBe(input);
    expect(localStorage.getItem(MODE_STORAGE_KEY)).toBe('plain');

    await user.clear(input);
    await user.type(input, '2*x*sin(x)');
    await user.click(screen.getByRole('button', { name: 'Use the formula editor' }));
    expect(changes.at(-1)).toEqual(['2\\cdot x\\cdot \\sin \\left(x\\right)', 'latex']);
    expect(document.activeElement).toBe(formulaField());
    expect(localStorage.getItem(MODE_STORAGE_KEY)).toBe('formula');
  });

  it('opens in plain text for a learner who chose it, without loading MathLive', async () => {
    localStorage.setItem(MODE_STORAGE_KEY, 'plain');
    const { user, onSubmit, changes } = setup();
    expect(fake().state.calls).toBe(0);
    expect(screen.getByRole('button', { name: 'Use the formula editor' })).toBeInTheDocument();
    expect(screen.getByText(/Plain text: \* for times/)).toBeInTheDocument();
    // keyboard only: Tab into the field, type, Enter
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Your derivative' })).toHaveFocus();
    await user.keyboard('x^2{Enter}');
    expect(changes.at(-1)).toEqual(['x^2', 'ascii-math']);
    expect(onSubmit).toHaveBeenCalledOnce();
    await expectNoAxeViolations();
  });

  it('loads the formula editor on request, then converts the plain text', async () => {
    localStorage.setItem(MODE_STORAGE_KEY, 'plain');
    const { user, changes } = setup({ initial: 'sqrt(x)' });
    await user.click(screen.getByRole('button', { name: 'Use the formula editor' }));
    expect(fake().state.calls).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the formula editor…');
    await arrive();
    expect(changes.at(-1)).toEqual(['\\sqrt{x}', 'latex']);
    expect(formulaField()).toHaveFocus();
  });

  it('stays in plain text, saying why, when MathLive cannot load; the toggle tries again', async () => {
    const { user } = setup();
    await act(() => fake().fail());
    expect(screen.getByRole('status')).toHaveTextContent('The formula editor could not load');
    const input = screen.getByRole('textbox', { name: 'Your derivative' });
    await user.type(input, 'x');
    expect(input).toHaveValue('x');
    await user.click(screen.getByRole('button', { name: 'Use the formula editor' }));
    await arrive();
    await waitFor(() => expect(formulaField()).not.toBeNull());
  });

  it('describes the field with its hint and the given description, and can be disabled', async () => {
    localStorage.setItem(MODE_STORAGE_KEY, 'plain');
    render(
      <>
        <p id="feedback">Not yet: check the product rule.</p>
        <MathInput
          id="a"
          label="Answer"
          value=""
          onChange={() => {}}
          describedBy="feedback"
          disabled
        />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Answer' });
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription(/Plain text: .* Not yet: check the product rule\./);
    expect(screen.getByRole('button', { name: 'Use the formula editor' })).toBeDisabled();
  });
});
