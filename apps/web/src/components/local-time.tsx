'use client';

import { useEffect, useState } from 'react';
import { type DateStyle, formatDate } from './date-format';

/**
 * A date in the reader's own time zone and language. The server cannot know the zone, so the
 * page arrives with UTC (named as such) and the browser rewrites it once it runs; `dateTime`
 * keeps the exact instant for machines.
 */
export function LocalTime({
  date,
  style = 'datetime',
}: {
  date: Date | string;
  style?: DateStyle;
}) {
  const iso = typeof date === 'string' ? date : date.toISOString();
  const [text, setText] = useState(() => formatDate(new Date(iso), 'UTC', style, 'en-US'));
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setText(formatDate(new Date(iso), zone, style));
  }, [iso, style]);
  return <time dateTime={iso}>{text}</time>;
}
