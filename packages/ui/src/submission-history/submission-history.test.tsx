import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleResults } from '../grade-result-panel/fixtures.ts';
import { UserFacingError } from '../shared/user-error.ts';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { SubmissionHistory, type SubmissionHistoryProps } from './submission-history.tsx';
import type { SubmissionHistoryEntry, SubmissionHistoryPage } from './types.ts';

const entry = (number: number, over: Partial<SubmissionHistoryEntry> = {}) =>
  ({
    id: `sub${number}`,
    number,
    attempt: number,
    submittedAt: `2026-12-01T12:0${number}:00.000Z`,
    status: 'GRADED',
    score: 0.4,
    penalty: 0,
    diagnosis: 'gradient scaled by ×2',
    code: `export const attempt = ${number};`,
    result: sampleResults.mixed,
    errorMessage: null,
    ...over,
  }) satisfies SubmissionHistoryEntry;

const newest = entry(3, {
  score: 0.9,
  penalty: 0.1,
  diagnosis: 'passed',
  result: sampleResults.allPassed,
});
const free = entry(2, {
  attempt: null,
  score: 0,
  diagnosis: 'code did not run',
  result: sampleResults.ungradable,
});
const first = entry(1, { penalty: 1.1e-10 }); // a float's residue: no penalty

function setup(props: Partial<SubmissionHistoryProps> = {}, pages?: SubmissionHistoryPage[]) {
  const queue = [
    ...(pages ?? [{ total: 3, submissions: [newest, free, first], nextBefore: null }]),
  ];
  const load = vi.fn(
    async (_before?: number) => queue.shift() ?? { total: 0, submissions: [], nextBefore: null },
  );
  const onRestore = vi.fn();
  const utils = render(
    <SubmissionHistory load={load} count={3} onRestore={onRestore} {...props} />,
  );
  return { ...utils, load, onRestore, user: userEvent.setup() };
}

const opener = (name = /My submissions/) => screen.getByText(name, { selector: 'summary' });

describe('<SubmissionHistory>', () => {
  it('loads nothing until opened, then lists the submissions newest first', async () => {
    const { load, user } = setup();
    expect(opener()).toHaveTextContent('My submissions (3)');
    expect(load).not.toHaveBeenCalled();

    await user.click(opener());
    const list = await screen.findByRole('list', { name: 'My submissions, newest first' });
    expect(load).toHaveBeenCalledTimes(1);
    const rows = [...list.children];
    expect(rows.map((row) => row.querySelector('summary')?.textContent)).toEqual([
      expect.stringMatching(/attempt 3.*90% \(−10% penalty\).*passed/),
      expect.stringMatching(/no attempt spent.*not graded.*code did not run/),
      expect.stringMatching(/attempt 1 · 40% · gradient scaled by ×2/),
    ]);
    expect(rows[0]?.querySelector('time')).toHaveAttribute('datetime', newest.submittedAt);
    await expectNoAxeViolations();
  });

  it('opens a row to its code (shown, not editable), its feedback and Restore', async () => {
    const { onRestore, user } = setup();
    await user.click(opener());
    const list = await screen.findByRole('list');
    const row = list.children[2] as HTMLElement;
    const summary = row.querySelector('summary')!;
    // (Enter and Space open a <summary> in browsers, not in jsdom: the e2e spec uses the keyboard.)
    await user.click(summary);
    expect(row.querySelector('details')).toHaveAttribute('open');

    const code = within(row).getByRole('region', { name: 'Code of submission 1' });
    expect(code.querySelector('pre')).toHaveTextContent('export const attempt = 1;');
    expect(within(row).queryByRole('textbox')).toBeNull(); // shown, not another editor
    const feedback = within(row).getByRole('region', { name: 'Feedback on submission 1' });
    expect(feedback).toHaveTextContent('Your gradient is ×2 the true one');

    await user.click(
      within(row).getByRole('button', { name: 'Restore this code into the editor' }),
    );
    expect(onRestore).toHaveBeenCalledWith(first);
    await expectNoAxeViolations();
  });

  it('loads again when a new submission comes in: at once when open, on opening when closed', async () => {
    const older = { total: 1, submissions: [first], nextBefore: null };
    const both = { total: 2, submissions: [entry(2), first], nextBefore: null };
    const { load, user, rerender, onRestore } = setup({ count: 1, version: 1 }, [
      older,
      both,
      both,
    ]);
    await user.click(opener());
    await screen.findByText(/attempt 1/);

    rerender(<SubmissionHistory load={load} count={2} version={2} onRestore={onRestore} />);
    await screen.findByText(/attempt 2/);
    expect(opener()).toHaveTextContent('My submissions (2)');
    expect(load).toHaveBeenCalledTimes(2);

    await user.click(opener()); // closed
    rerender(<SubmissionHistory load={load} count={2} version={3} onRestore={onRestore} />);
    expect(load).toHaveBeenCalledTimes(2);
    await user.click(opener());
    await waitFor(() => expect(load).toHaveBeenCalledTimes(3));
  });

  it('fetches older submissions with the cursor the page gave', async () => {
    const { load, user } = setup({}, [
      { total: 3, submissions: [newest, free], nextBefore: 2 },
      { total: 3, submissions: [first], nextBefore: null },
    ]);
    await user.click(opener());
    await user.click(await screen.findByRole('button', { name: 'Show older submissions' }));
    await screen.findByText(/attempt 1/);
    expect(load).toHaveBeenLastCalledWith(2);
    expect(screen.getByRole('list').children).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show older submissions' })).toBeNull();
  });

  it('says what went wrong and tries again', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new UserFacingError('Sign in to see your submissions.'))
      .mockResolvedValueOnce({ total: 1, submissions: [first], nextBefore: null });
    const user = userEvent.setup();
    render(<SubmissionHistory load={load} count={1} onRestore={() => {}} />);
    await user.click(opener());
    expect(await screen.findByText(/Sign in to see your submissions\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(/attempt 1/);
  });

  it('is absent while there is nothing to show', () => {
    const { container } = setup({ count: 0 });
    expect(container).toBeEmptyDOMElement();
  });
});
