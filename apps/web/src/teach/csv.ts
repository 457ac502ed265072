import Papa from 'papaparse';

/**
 * Cells a spreadsheet would run as a formula: starting with = + - @ (after any blanks), or
 * with a tab or carriage return (OWASP's CSV-injection list). Papaparse prefixes them with
 * `'` and quotes them, so they open as text.
 */
export const FORMULA_START = /^[\t\r\n ]*[=+\-@]|^[\t\r]/;

/** A UTF-8 byte order mark: without it Excel reads the file as Windows-1252 and garbles names. */
export const CSV_BOM = '\uFEFF';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * Rows as CSV (RFC 4180: CRLF between records; commas, quotes and line breaks quoted; numbers
 * as numbers), written by papaparse with formula injection guarded. No BOM: prepend
 * {@link CSV_BOM} once at the start of a file.
 *
 * @example toCsv([{ header: 'name', value: (r) => r.name }], [{ name: '=1+1' }])
 * // "name\r\n\"'=1+1\""
 */
export function toCsv<T>(
  columns: ReadonlyArray<CsvColumn<T>>,
  rows: readonly T[],
  options: { header?: boolean } = {},
): string {
  return Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) => columns.map((c) => c.value(row) ?? null)),
    },
    { header: options.header ?? true, newline: '\r\n', escapeFormulae: FORMULA_START },
  );
}

/** `attachment; filename=…` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\w.-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
