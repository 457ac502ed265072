import { formatShape } from '../tensor/errors.ts';
import { formatIndex, formatIndexList, formatNumber } from './format.ts';
import type { MovedEntry, NonFiniteEntry } from './types.ts';

/** One sentence per diagnosis, written for the learner: what is wrong and where to look. */
export const messages = {
  /** `maxRel` null: the expected values are hidden, and so is the size of the error. */
  correct: (maxRel: number | null) =>
    maxRel === null
      ? 'Your gradient matches the expected gradient.'
      : `Your gradient matches the expected gradient (largest relative error ${formatNumber(maxRel)}).`,
  notNumbers: (path: readonly number[], detail: string) =>
    path.length === 0
      ? `Your gradient should be a number or an array of numbers, but it ${detail.replace(/^got/, 'is')}.`
      : `Your gradient is not an array of numbers: the entry at ${formatIndex(path)} ${detail}.`,
  ragged: (path: readonly number[], detail: string, expected: readonly number[]) =>
    `Your gradient is a ragged array (the entry at ${formatIndex(path)} ${detail}), but the expected gradient has shape ${formatShape(expected)}.`,
  wrongShape: (got: readonly number[], expected: readonly number[], valuesRight: boolean) =>
    valuesRight
      ? `Your gradient has the right values but shape ${formatShape(got)} instead of ${formatShape(expected)} — reshape it to match the parameter it belongs to.`
      : `Your gradient has shape ${formatShape(got)} but the expected gradient has shape ${formatShape(expected)} — a gradient has the same shape as the parameter it belongs to.`,
  transposed: (got: readonly number[], expected: readonly number[]) =>
    `Your gradient is the transpose of the expected one (shape ${formatShape(got)}, expected ${formatShape(expected)}) — check the order of a matrix product or a missing transpose.`,
  notFinite: (entries: readonly NonFiniteEntry[]) => {
    const first = entries[0]!;
    const more =
      entries.length > 1
        ? ` (and ${entries.length - 1} more non-finite entr${entries.length > 2 ? 'ies' : 'y'})`
        : '';
    return `Your gradient contains ${first.value} at ${formatIndex(first.index)}${more} — look for a division by zero, a log of 0, or an overflow.`;
  },
  zero: () =>
    `Your gradient is all zeros but the expected gradient is not — did you return the gradient before accumulating into it?`,
  wrongSign: () =>
    `Your gradient has the wrong sign in every component — check a minus sign (for example y − ŷ versus ŷ − y).`,
  scaled: (label: string) =>
    `Every component of your gradient is ${label} the expected value — look for a missing or extra constant factor (such as the 2 from x² or a 1/n from a mean).`,
  shifted: (shift: 1 | -1, rank: number) =>
    `Your gradient is shifted by one position${rank > 1 ? ' along the last axis' : ''}: each component holds the value expected at index ${shift > 0 ? 'j + 1' : 'j − 1'} — check for an off-by-one index.`,
  permuted: (moved: readonly MovedEntry[]) =>
    moved.length === 2
      ? `Your gradient has the right values in the wrong places: components ${formatIndex(moved[0]!.index)} and ${formatIndex(moved[1]!.index)} are swapped — check your indexing.`
      : `Your gradient has the right values in the wrong places (components ${formatIndexList(moved.map((m) => m.index))} are moved) — check your indexing.`,
  /** `first` null: the expected values are hidden. */
  wrongComponents: (
    wrong: readonly number[][],
    total: number,
    first: { got: number; expected: number } | null,
  ) =>
    `Your gradient is wrong only in component${wrong.length > 1 ? 's' : ''} ${formatIndexList(wrong)}${first ? ` (at ${formatIndex(wrong[0]!)} expected ${formatNumber(first.expected)}, got ${formatNumber(first.got)})` : ''}; the other ${total - wrong.length} ${total - wrong.length === 1 ? 'is' : 'are'} right.`,
  /** `worst` null: the expected values are hidden, and so is the size of the error. */
  wrong: (
    at: readonly number[],
    worst: { maxRel: number; got: number; expected: number } | null,
  ) =>
    worst
      ? `Your gradient does not match the expected gradient in any component (worst at ${formatIndex(at)}: expected ${formatNumber(worst.expected)}, got ${formatNumber(worst.got)}, relative error ${formatNumber(worst.maxRel)}).`
      : `Your gradient does not match the expected gradient in any component (the largest error is at ${formatIndex(at)}).`,
};
