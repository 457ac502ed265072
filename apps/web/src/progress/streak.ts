import { localDay } from './time-zone';

/**
 * Consecutive days with activity ending today or yesterday (a streak survives until the end of
 * the day after the last activity). Days are the learner's calendar days in `timeZone`, so
 * practice at 23:30 and at 00:30 their time counts as two days.
 *
 * @example streakDays([today, yesterday, threeDaysAgo], today, 'Europe/Berlin') // 2
 */
export function streakDays(activity: readonly Date[], now: Date, timeZone = 'UTC'): number {
  const days = new Set(activity.map((date) => localDay(date, timeZone)));
  let day = localDay(now, timeZone);
  if (!days.has(day)) day -= 1;
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day--;
  }
  return streak;
}
