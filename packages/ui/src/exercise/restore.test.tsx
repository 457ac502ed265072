import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadDraft } from './drafts.ts';
import { Exercise, type ExerciseProps } from './exercise.tsx';

const STARTER = 'export function f(x: number): number {\n  return 0;\n}';

function exercise(props: Partial<ExerciseProps> = {}) {
  return (
    <Exercise
      id="restore-me"
      starterCode={STARTER}
      functionName="f"
      onSubmit={async () => {}}
      editor="plain"
      {...props}
    />
  );
}

describe('<Exercise restore>', () => {
  it('puts the restored code in the editor, keeps it as the draft, and can undo', async () => {
    const onDraftChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(exercise({ onDraftChange }));
    const box = screen.getByRole('textbox', { name: 'Code for f' });
    await user.clear(box);
    await user.type(box, 'my draft');

    const old = 'export const submitted = 1;';
    rerender(exercise({ onDraftChange, restore: { code: old, key: 1, label: 'submission 1' } }));
    expect(box).toHaveValue(old);
    expect(onDraftChange).toHaveBeenLastCalledWith(old);
    expect(loadDraft('restore-me')).toBe(old);
    const note = screen.getByText(/The code of submission 1 is in the editor\./);
    expect(note).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(box).toHaveValue('my draft');
    expect(onDraftChange).toHaveBeenLastCalledWith('my draft');
    expect(screen.queryByText(/is in the editor/)).toBeNull();
  });

  it('restores the same code again on a new key, and drops the Undo once the learner edits', async () => {
    const user = userEvent.setup();
    const restore = (key: number) => ({ code: 'const a = 1;', key, label: 'submission 2' });
    const { rerender } = render(exercise({ restore: restore(1) }));
    const box = screen.getByRole('textbox', { name: 'Code for f' });
    expect(box).toHaveValue('const a = 1;');
    await user.type(box, ' // edited');
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();

    rerender(exercise({ restore: restore(1) })); // same request: nothing happens
    expect(box).toHaveValue('const a = 1; // edited');
    rerender(exercise({ restore: restore(2) }));
    expect(box).toHaveValue('const a = 1;');
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(box).toHaveValue('const a = 1; // edited');
  });
});
