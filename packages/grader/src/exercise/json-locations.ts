/** 1-based line and column of the value at each path of a JSON text (keys joined by '/'). */
export type JsonLocations = Map<string, { line: number; column: number }>;

/**
 * Records where every value of a JSON document starts, so validation errors can name
 * `manifest.json:7:15`. Assumes `text` is valid JSON (JSON.parse it first).
 *
 * @example
 * locateJson('{\n  "a": [1, 2]\n}').get('a/1') // { line: 2, column: 12 }
 */
export function locateJson(text: string): JsonLocations {
  const out: JsonLocations = new Map();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
      if (text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string) => {
    ws();
    out.set(path, { line, column: i - lineStart + 1 });
    const c = text[i];
    const child = (k: string | number) => (path ? `${path}/${k}` : String(k));
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const key = str();
        ws();
        i++; // ':'
        value(child(key));
        ws();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        value(child(k));
        ws();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') str();
    else while (i < text.length && /[^,\]}\s]/.test(text[i]!)) i++;
  };
  value('');
  return out;
}

/**
 * Where a `JSON.parse(text)` error points (V8 names the character offset), or null when the
 * message names no place.
 *
 * @example
 * try { JSON.parse('{\n  "a": 1,,\n}') } catch (e) { jsonErrorPlace('{\n  "a": 1,,\n}', e) } // { line: 2, column: 10 }
 */
export function jsonErrorPlace(
  text: string,
  error: unknown,
): { line: number; column: number } | null {
  const at = /position (\d+)/.exec(String(error));
  return at ? positionAt(text, Number(at[1])) : null;
}

/** Line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
