const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one source-map VLQ segment into its numbers. */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const d = digit.get(c) ?? 0;
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Maps a position in transpiled code back to the learner's source, from an esbuild source
 * map's `mappings`. Lines are 1-based, columns 1-based; null when nothing maps.
 *
 * @example
 * originalPosition(map.mappings, 3, 10) // { line: 2, column: 5 }
 */
export function originalPosition(
  mappings: string,
  line: number,
  column: number,
): { line: number; column: number } | null {
  let srcLine = 0;
  let srcCol = 0;
  let best: { line: number; column: number } | null = null;
  const lines = mappings.split(';');
  for (let l = 0; l < lines.length && l < line; l++) {
    let genCol = 0;
    let first: { line: number; column: number } | null = null;
    for (const seg of lines[l]!.split(',')) {
      if (!seg) continue;
      const f = decodeSegment(seg);
      genCol += f[0] ?? 0;
      if (f.length >= 4) {
        srcLine += f[2]!;
        srcCol += f[3]!;
        if (l === line - 1) {
          const here = { line: srcLine + 1, column: srcCol + 1 };
          first ??= here;
          if (genCol <= column - 1) best = here;
        }
      }
    }
    if (l === line - 1 && !best) best = first;
  }
  return best;
}

/** The first `submission.js:line:col` frame of a QuickJS stack, mapped to the learner's source. */
export function learnerLine(
  stack: string | undefined,
  mappings: string | undefined,
): number | null {
  if (!stack || !mappings) return null;
  const m = /submission\.js:(\d+)(?::(\d+))?/.exec(stack);
  if (!m) return null;
  return originalPosition(mappings, Number(m[1]), Number(m[2] ?? 1))?.line ?? null;
}
