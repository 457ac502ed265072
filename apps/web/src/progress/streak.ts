const DAY = 86_400_000;

/**
 * Consecutive days with activity ending today or yesterday (a streak survives until the end of
 * the day after the last activity). Days are UTC calendar days.
 *
 * @example streakDays([today, yesterday, threeDaysAgo], today) // 2
 */
export function streakDays(activity: readonly Date[], now: Date): number {
  const days = new Set(activity.map((date) => Math.floor(date.getTime() / DAY)));
  let day = Math.floor(now.getTime() / DAY);
  if (!days.has(day)) day -= 1;
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day--;
  }
  return streak;
}
