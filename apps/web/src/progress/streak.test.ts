import { describe, expect, it } from 'vitest';
import { streakDays } from './streak';

const now = new Date('2026-03-10T15:00:00Z');
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('streakDays', () => {
  it.each([
    [[], 0],
    [[day('2026-03-10')], 1],
    [[day('2026-03-10'), day('2026-03-09'), day('2026-03-08')], 3],
    [[day('2026-03-09'), day('2026-03-08')], 2],
    [[day('2026-03-10'), day('2026-03-08')], 1],
    [[day('2026-03-07')], 0],
    [[day('2026-03-10'), day('2026-03-10'), new Date('2026-03-10T00:00:01Z')], 1],
  ])('%j → %i', (activity, expected) => {
    expect(streakDays(activity, now)).toBe(expected);
  });
});
