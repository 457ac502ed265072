/** The cookie in which the browser tells the server its IANA time zone ("America/Los_Angeles"). */
export const TIME_ZONE_COOKIE = 'tz';

/**
 * The zone if the runtime knows it, else UTC: a cookie is the reader's to edit.
 *
 * @example knownTimeZone('Europe/Berlin') // "Europe/Berlin"
 * @example knownTimeZone('Mars/Olympus') // "UTC"
 */
export function knownTimeZone(zone: string | null | undefined): string {
  if (!zone || zone.length > 64) return 'UTC';
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * The calendar day of an instant in a zone, as a day count since 1970-01-01 (so consecutive
 * days differ by one).
 *
 * @example localDay(new Date('2026-01-11T07:30:00Z'), 'America/Los_Angeles') // the day of 2026-01-10
 */
export function localDay(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / 86_400_000;
}
