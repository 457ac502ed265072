export type DateStyle = 'datetime' | 'date';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  datetime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { month: 'short', day: 'numeric' },
};

/**
 * A date as a reader in `timeZone` writes it; times name their zone, so a reader never guesses.
 * `locale` undefined: the runtime's (the browser's own).
 *
 * @example formatDate(new Date('2026-01-11T07:30:00Z'), 'America/Los_Angeles', 'datetime', 'en-US') // "Jan 10, 2026, 11:30 PM PST"
 */
export function formatDate(
  date: Date,
  timeZone: string,
  style: DateStyle = 'datetime',
  locale?: string,
): string {
  const text = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone }).format(date);
  if (style === 'date') return text;
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zone ? `${text} ${zone}` : text;
}
