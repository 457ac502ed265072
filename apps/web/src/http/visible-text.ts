/**
 * Control characters (NUL, escapes, line breaks…) and the invisible bidirectional overrides that
 * can make a name display as something else. Names and titles people type never need them.
 */
const INVISIBLE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Whether `text` is fit to show as a name: no control characters or direction overrides, and no
 * U+FFFD (what a decoder leaves for bytes that were not valid UTF-8).
 *
 * @example isVisibleText('Ada Lovelace') // true
 * @example isVisibleText('Ada\u0000') // false
 */
export function isVisibleText(text: string): boolean {
  return !INVISIBLE.test(text) && !text.includes('\uFFFD');
}
