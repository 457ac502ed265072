import path from 'node:path';

/** A problem in a content file, located at file:line:column (1-based) for the author. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly reason: string,
  ) {
    super(`${formatPlace(file, line, column)}: ${reason}`);
  }
}

function formatPlace(file: string, line?: number, column?: number): string {
  const shown = path.relative(process.cwd(), file) || file;
  const rel = shown.startsWith('..') ? file : shown;
  if (line === undefined) return rel;
  return column === undefined ? `${rel}:${line}` : `${rel}:${line}:${column}`;
}
