import { TIME_ZONE_COOKIE } from '../progress/time-zone';

/**
 * Tells the server the browser's IANA time zone in a cookie, so streaks roll over at the
 * learner's midnight. Cheap and idempotent: call it before any request that needs the zone.
 */
export function rememberTimeZone(): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  const value = encodeURIComponent(zone);
  if (document.cookie.split('; ').includes(`${TIME_ZONE_COOKIE}=${value}`)) return;
  // biome-ignore lint/suspicious/noDocumentCookie: cookieStore is not in every browser yet; the value is encoded above
  document.cookie = `${TIME_ZONE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
}
