import { describe, expect, it } from 'vitest';
import { streakDays } from './streak';
import { knownTimeZone, localDay } from './time-zone';

const now = new Date('2026-03-10T15:00:00Z');
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('streakDays (UTC)', () => {
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

describe("streakDays counts the learner's own calendar days", () => {
  // Los Angeles in January is UTC−8.
  const LA = 'America/Los_Angeles';
  it.each([
    {
      case: '23:30 and 00:30 in Los Angeles are two days there, one day in UTC',
      activity: ['2026-01-11T07:30:00Z', '2026-01-11T08:30:00Z'], // 10 Jan 23:30, 11 Jan 00:30 PST
      now: '2026-01-11T09:00:00Z', // 11 Jan 01:00 PST
      expected: { [LA]: 2, UTC: 1 },
    },
    {
      case: '23:30 and 00:30 UTC are one afternoon in Los Angeles, two days in UTC',
      activity: ['2026-01-10T23:30:00Z', '2026-01-11T00:30:00Z'], // both 10 Jan, 15:30 and 16:30 PST
      now: '2026-01-11T01:00:00Z',
      expected: { [LA]: 1, UTC: 2 },
    },
    {
      case: 'yesterday evening in Los Angeles still counts this morning there',
      activity: ['2026-01-11T05:00:00Z'], // 10 Jan 21:00 PST
      now: '2026-01-11T16:00:00Z', // 11 Jan 08:00 PST
      expected: { [LA]: 1, UTC: 1 },
    },
  ])('$case', ({ activity, now: at, expected }) => {
    const dates = activity.map((iso) => new Date(iso));
    for (const [zone, streak] of Object.entries(expected)) {
      expect(streakDays(dates, new Date(at), zone), zone).toBe(streak);
    }
  });
});

describe('time zones', () => {
  it.each([
    ['America/Los_Angeles', 'America/Los_Angeles'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['Mars/Olympus_Mons', 'UTC'],
    ['', 'UTC'],
    [undefined, 'UTC'],
  ])('knownTimeZone(%j) → %s', (zone, expected) => {
    expect(knownTimeZone(zone)).toBe(expected);
  });

  it('localDay: consecutive local days differ by one across a DST change', () => {
    const before = localDay(new Date('2026-03-08T07:00:00Z'), 'America/Los_Angeles'); // 7 Mar 23:00 PST
    const after = localDay(new Date('2026-03-08T18:00:00Z'), 'America/Los_Angeles'); // 8 Mar 11:00 PDT
    expect(after - before).toBe(1);
  });
});
