import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { Match } from './match.tsx';
import { checkMatch, type MatchAnswer, matchSpecSchema, toMatchProps } from './spec.ts';

const spec = matchSpecSchema.parse({
  prompt: 'Match each term to its meaning',
  targets: [
    { id: 'slope', text: 'slope' },
    { id: 'curvature', text: 'curvature' },
  ],
  items: [
    { id: 'derivative', text: 'derivative', target: 'slope' },
    {
      id: 'hessian',
      text: 'Hessian',
      target: 'curvature',
      feedback: 'Second derivatives measure bending.',
    },
  ],
  explanation: 'First derivatives: slope. Second: curvature.',
});

const buckets = matchSpecSchema.parse({
  prompt: 'Sort into convex and not convex',
  variant: 'categorize',
  targets: [
    { id: 'convex', text: 'convex' },
    { id: 'nonconvex', text: 'not convex' },
  ],
  items: [
    { text: '$x^2$', target: 'convex' },
    { text: '$|x|$', target: 'convex' },
    { text: '$\\sin x$', target: 'nonconvex' },
  ],
});

function setup(s = spec) {
  const onCheck = vi.fn(async (answer: MatchAnswer) => checkMatch(s, answer));
  render(<Match {...toMatchProps(s)} onCheck={onCheck} />);
  return { onCheck, user: userEvent.setup() };
}

const group = (name: string) => screen.getByRole('group', { name });

describe('<Match>', () => {
  it('shows its short how-to to everyone, and each item is described by it', () => {
    setup();
    const item = screen.getByRole('button', { name: /derivative/ });
    expect(item).toHaveAccessibleDescription(/Space picks up/);
    const hint = document.getElementById(item.getAttribute('aria-describedby') ?? '');
    expect(hint).toHaveClass('slope-hint');
    expect(hint).not.toHaveClass('slope-sr-only');
  });

  it('places items by keyboard with announcements, and swaps an occupied target', async () => {
    const { user } = setup();
    screen.getByRole('button', { name: 'derivative' }).focus();
    await user.keyboard(' ');
    expect(
      screen.getByText(/Picked up derivative.*slope, target 1 of 2, empty/),
    ).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('Placed derivative on slope.')).toBeInTheDocument();
    expect(within(group('slope')).getByRole('button', { name: 'derivative' })).toHaveFocus();

    screen.getByRole('button', { name: 'Hessian' }).focus();
    await user.keyboard(' ');
    expect(
      screen.getByText(/slope, target 1 of 2, holds derivative, which would go back/),
    ).toBeInTheDocument();
    await user.keyboard(' ');
    expect(within(group('slope')).getByRole('button', { name: 'Hessian' })).toBeInTheDocument();
    expect(
      within(group('Unplaced items')).getByRole('button', { name: 'derivative' }),
    ).toBeInTheDocument();
  });

  it('Escape cancels, arrows wrap around the targets', async () => {
    const { user } = setup();
    screen.getByRole('button', { name: 'Hessian' }).focus();
    await user.keyboard(' {ArrowDown}');
    expect(screen.getByText(/curvature, target 2 of 2/)).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('Unplaced items.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByText(/Cancelled/)).toBeInTheDocument();
    expect(
      within(group('Unplaced items')).getByRole('button', { name: 'Hessian' }),
    ).toBeInTheDocument();
  });

  it('places by clicking an item, then a target', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Hessian' }));
    await user.click(group('curvature'));
    expect(within(group('curvature')).getByRole('button', { name: 'Hessian' })).toBeInTheDocument();
  });

  it('asks to place everything, then shows feedback per pair', async () => {
    const { user, onCheck } = setup();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Place every item first (2 left).')).toBeInTheDocument();
    expect(onCheck).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Hessian' }));
    await user.click(group('slope'));
    await user.click(screen.getByRole('button', { name: 'derivative' }));
    await user.click(group('curvature'));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onCheck).toHaveBeenCalledWith({
      placements: { hessian: 'slope', derivative: 'curvature' },
    });
    expect(await screen.findByText(/0 of 2 placed correctly/)).toBeInTheDocument();
    expect(screen.getByText(/Second derivatives measure bending/)).toBeInTheDocument();
    expect(screen.getAllByText('incorrect')).toHaveLength(2);
  });

  it('categorises several items into one bucket', async () => {
    // Queried by selector: jsdom 29 crashes computing accessible names over KaTeX MathML.
    const { user } = setup(buckets);
    const zone = (id: string) => document.querySelector<HTMLElement>(`[data-drop-zone="${id}"]`)!;
    for (const [name, bucket] of [
      ['x^2', 'convex'],
      ['|x|', 'convex'],
      ['\\sin x', 'nonconvex'],
    ] as const) {
      const item = [...document.querySelectorAll<HTMLElement>('.slope-match__item')].find((b) =>
        b.textContent?.includes(name),
      );
      if (!item) throw new Error(name);
      await user.click(item);
      await user.click(zone(bucket));
    }
    expect(zone('convex').querySelectorAll('.slope-match__item')).toHaveLength(2);
    await user.click(screen.getByText('Check'));
    expect(await screen.findByText(/Correct! Every item/)).toBeInTheDocument();
  });

  it('restores saved placements and has no axe violations', async () => {
    render(
      <Match
        {...toMatchProps(spec)}
        onCheck={vi.fn()}
        initialAnswer={{ placements: { derivative: 'slope' } }}
        initialFeedback={checkMatch(spec, {
          placements: { derivative: 'slope', hessian: 'slope' },
        })}
      />,
    );
    expect(within(group('slope')).getByRole('button', { name: 'derivative' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
