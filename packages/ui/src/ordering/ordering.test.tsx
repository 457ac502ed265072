import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { Ordering } from './ordering.tsx';
import { checkOrdering, type OrderingAnswer, orderingSpecSchema, toOrderingProps } from './spec.ts';

const spec = orderingSpecSchema.parse({
  prompt: 'Order the steps of gradient descent',
  items: ['Compute the loss', 'Compute the gradient', 'Update the weights'],
  explanation: 'Loss, then gradient, then step.',
});
const props = toOrderingProps(spec);

function texts() {
  return within(screen.getByRole('list'))
    .getAllByRole('button')
    .map((b) => b.textContent?.replace('⠿', '').trim());
}

function setup() {
  const onCheck = vi.fn(async (answer: OrderingAnswer) => checkOrdering(spec, answer));
  render(<Ordering {...props} onCheck={onCheck} />);
  return { onCheck, user: userEvent.setup() };
}

describe('<Ordering>', () => {
  it('starts shuffled', () => {
    setup();
    expect(texts()).toEqual(props.items.map((i) => i.text));
  });

  it('shows its short how-to to everyone, and each item is described by it', () => {
    setup();
    const item = screen.getByRole('button', { name: props.items[0]?.text ?? '' });
    expect(item).toHaveAccessibleDescription(/Space to pick one up/);
    const hint = document.getElementById(item.getAttribute('aria-describedby') ?? '');
    expect(hint).toHaveClass('slope-hint');
    expect(hint).not.toHaveClass('slope-sr-only');
  });

  it('reorders by keyboard: Space picks up, arrows move, Space drops, with announcements', async () => {
    const { user } = setup();
    const first = props.items[0]?.text ?? '';
    screen.getByRole('button', { name: first }).focus();
    await user.keyboard(' ');
    expect(screen.getByText(/Picked up .*position 1 of 3/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: first })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByText(new RegExp(`${first} moved to position 3 of 3`))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: first })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByText(new RegExp(`Dropped ${first} at position 3 of 3`))).toBeInTheDocument();
    expect(texts()[2]).toBe(first);
  });

  it('Escape cancels a move', async () => {
    const { user } = setup();
    const before = texts();
    screen.getByRole('button', { name: props.items[2]?.text ?? '' }).focus();
    await user.keyboard(' {ArrowUp}{ArrowUp}{Escape}');
    expect(texts()).toEqual(before);
    expect(screen.getByText(/Cancelled/)).toBeInTheDocument();
  });

  it('marks each position after checking, and reports success', async () => {
    const { user, onCheck } = setup();
    // Sort into the right order by keyboard, one item at a time.
    for (const [target, text] of spec.items.entries()) {
      const current = texts().indexOf(text);
      screen.getByRole('button', { name: text }).focus();
      await user.keyboard(' ');
      for (let i = current; i > target; i--) await user.keyboard('{ArrowUp}');
      await user.keyboard(' ');
    }
    expect(texts()).toEqual(spec.items);
    await user.click(screen.getByRole('button', { name: 'Check order' }));
    expect(onCheck).toHaveBeenCalledOnce();
    expect(await screen.findByText(/Correct! Every step/)).toBeInTheDocument();
    expect(screen.getAllByText('right place')).toHaveLength(3);
    expect(screen.getByText(/Loss, then gradient/)).toBeInTheDocument();
  });

  it('shows wrong positions and allows another try', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Check order' }));
    expect(await screen.findByText(/in the right place/)).toBeInTheDocument();
    expect(screen.getAllByText('wrong place').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByText('wrong place')).toBeNull();
  });

  it('restores a saved order', () => {
    const order = [...props.items].reverse().map((i) => i.id);
    render(<Ordering {...props} onCheck={vi.fn()} initialAnswer={{ order }} />);
    expect(texts()).toEqual([...props.items].reverse().map((i) => i.text));
  });

  it('has no axe violations', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Check order' }));
    await screen.findByText(/in the right place/);
    await expectNoAxeViolations(document.body);
  });
});
