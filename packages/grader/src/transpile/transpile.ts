import { type Message, type TransformFailure, transform } from 'esbuild';
import { transform as stripTypes } from 'sucrase';
import type { FormatError } from '../grade-result.ts';

/** Learner code larger than this is refused before transpiling. */
export const MAX_CODE_BYTES = 64 * 1024;
/**
 * Transpiled code longer than this is refused: QuickJS compiles ~4 KB per ms, and code that
 * grows this much in transpiling is made to (indentation of deep nesting, inlined helpers).
 */
export const MAX_TRANSPILED_CHARS = 512 * 1024;
/** The one module learner code may import. */
export const NUMERIC_SPECIFIER = '@slope/numeric';
/** The file name learner code is reported under. */
export const SUBMISSION_FILE = 'submission.ts';

export type TranspileResult =
  /**
   * `mappings` of the source map: positions in `code` back to the learner's source; `quick`:
   * made by the in-process fast path (see `quickTranspile`)
   */
  | { ok: true; code: string; importsNumeric: boolean; mappings: string; quick?: true }
  | { ok: false; errors: FormatError[] };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const formatError = (message: string, line = 0, column = 0): FormatError => ({
  file: SUBMISSION_FILE,
  line,
  column,
  message,
});

/** Decodes and checks raw submitted code: size, emptiness, UTF-8. */
export function readSubmission(
  code: string | Uint8Array,
): { ok: true; text: string } | { ok: false; errors: FormatError[] } {
  const bytes = typeof code === 'string' ? Buffer.byteLength(code, 'utf8') : code.byteLength;
  if (bytes > MAX_CODE_BYTES) {
    return {
      ok: false,
      errors: [
        formatError(
          `Your code is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_CODE_BYTES / 1024} KB. Remove unused code or data.`,
        ),
      ],
    };
  }
  let text: string;
  if (typeof code === 'string') {
    if (LONE_SURROGATE.test(code)) {
      return {
        ok: false,
        errors: [formatError('Your code is not valid UTF-8 text (it contains a lone surrogate).')],
      };
    }
    text = code;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(code);
    } catch {
      return { ok: false, errors: [formatError('Your code is not valid UTF-8 text.')] };
    }
  }
  if (text.trim() === '') {
    return {
      ok: false,
      errors: [formatError('Your submission is empty: write your function, then submit.')],
    };
  }
  return { ok: true, text };
}

function toFormatError(m: Message): FormatError {
  return formatError(m.text, m.location?.line ?? 0, m.location ? m.location.column + 1 : 0);
}

/**
 * Static imports and re-exports as esbuild prints them (double quotes; named imports may span
 * lines). Bounded: every line of a template literal may start with `export`, and an unbounded
 * scan from each to the next `;` took 90 ms on 64 KB (15 ms with the bound). A longer import
 * is still refused, by the sandbox's module loader.
 */
const STATIC_IMPORT = /^(?:import|export)\b[^;]{0,1000}?\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"/gm;
/** `import("x")` and `require("x")` with a literal name. */
const DYNAMIC_IMPORT = /\b(?:import|require)\s*\(\s*"([^"]*)"/g;

/** Every module name the transpiled code imports, and whether it is `@slope/numeric`. */
function importsOf(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(STATIC_IMPORT)) names.push((m[1] ?? m[2])!);
  for (const m of code.matchAll(DYNAMIC_IMPORT)) names.push(m[1]!);
  return names;
}

/** Where `name` appears as a string literal in the learner's source (for the error's position). */
function locate(source: string, name: string): { line: number; column: number } {
  for (const q of ['"', "'", '`']) {
    const at = source.indexOf(`${q}${name}${q}`);
    if (at >= 0) {
      const before = source.slice(0, at);
      return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
    }
  }
  return { line: 0, column: 0 };
}

const cache = new Map<string, TranspileResult>();
const CACHE_SIZE = 256;

/**
 * Source the fast path leaves to esbuild: TypeScript Sucrase may drop or pass through
 * (namespaces, `declare`, decorators).
 */
const UNCOMMON_SOURCE = /\b(?:namespace|module|declare)\b|@/;
/**
 * An import of `@slope/numeric` on one line, as the learner wrote it (Sucrase keeps their
 * formatting). Learner code is hostile: one run of characters before `from`, on one line, so
 * the match is linear (adjacent optional whitespace patterns backtracked for seconds on 4 KB).
 */
const NUMERIC_IMPORT = /^[ \t]*import\b[^;'"\n]*\bfrom[ \t]*(['"])@slope\/numeric\1[ \t]*;?/gm;
/** Any other way to reach a module (in code, strings or comments alike: then esbuild decides). */
const OTHER_MODULE = /\bimport\b|\brequire\b|\bfrom\s*['"`]/;

/**
 * The fast path: Sucrase strips the types in-process (~0.03 ms, where a round trip to
 * esbuild's service takes 0.6–1.5 ms, most of a small submission's grading). Sucrase keeps
 * lines and columns of everything but the types, and maps every token. It is taken only for
 * plain code: anything it could read differently from esbuild, any import but
 * `@slope/numeric`, and every error go to esbuild, so refusals and their messages are
 * esbuild's. Sucrase checks syntax less strictly than esbuild: code it accepts that QuickJS
 * then cannot parse is transpiled again by esbuild (`grade` does, on a SyntaxError at load).
 */
function quickTranspile(text: string): TranspileResult | null {
  if (UNCOMMON_SOURCE.test(text.replaceAll(NUMERIC_SPECIFIER, ''))) return null;
  let out: ReturnType<typeof stripTypes>;
  try {
    out = stripTypes(text, {
      transforms: ['typescript'],
      disableESTransforms: true,
      keepUnusedImports: true,
      filePath: SUBMISSION_FILE,
      sourceMapOptions: { compiledFilename: 'submission.js' },
    });
  } catch {
    return null;
  }
  const rest = out.code.replace(NUMERIC_IMPORT, '');
  if (OTHER_MODULE.test(rest) || !out.sourceMap) return null;
  return {
    ok: true,
    code: out.code,
    importsNumeric: rest.length !== out.code.length,
    mappings: out.sourceMap.mappings,
    quick: true,
  };
}

/**
 * Transpiles learner TypeScript to one ES module (types stripped, no type-check), refusing any
 * import other than `@slope/numeric`. Syntax errors come back as format errors with 1-based
 * line and column. Results are memoized by source (learners resubmit the same code often).
 * `strict` skips the fast path (esbuild only).
 *
 * @example
 * await transpileSubmission('export const f = (x: number) => 2 * x');
 * // { ok: true, code: 'export const f = (x) => 2 * x', importsNumeric: false, … }
 */
export async function transpileSubmission(
  code: string | Uint8Array,
  options: { strict?: boolean } = {},
): Promise<TranspileResult> {
  const read = readSubmission(code);
  if (!read.ok) return read;
  if (!options.strict) {
    const hit = cache.get(read.text);
    if (hit) return hit;
  }
  const result = tooLarge(
    (!options.strict && quickTranspile(read.text)) || (await esbuildTranspile(read.text)),
  );
  if (!options.strict) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(read.text, result);
  }
  return result;
}

function tooLarge(result: TranspileResult): TranspileResult {
  if (!result.ok || result.code.length <= MAX_TRANSPILED_CHARS) return result;
  return {
    ok: false,
    errors: [
      formatError(
        `Your code compiles to ${Math.ceil(result.code.length / 1024)} KB of JavaScript; the limit is ${MAX_TRANSPILED_CHARS / 1024} KB. Simplify it (deep nesting grows when compiled).`,
      ),
    ],
  };
}

async function esbuildTranspile(text: string): Promise<TranspileResult> {
  try {
    const out = await transform(text, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: SUBMISSION_FILE,
      sourcemap: 'external',
      // Keep unused imports so a forbidden one is reported, not silently dropped.
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    });
    const names = importsOf(out.code);
    const forbidden = names.filter((n) => n !== NUMERIC_SPECIFIER);
    return forbidden.length > 0
      ? {
          ok: false,
          errors: forbidden.map((n) =>
            formatError(
              `Only \`${NUMERIC_SPECIFIER}\` can be imported; found \`${n}\`. Remove this import.`,
              locate(text, n).line,
              locate(text, n).column,
            ),
          ),
        }
      : {
          ok: true,
          code: out.code,
          importsNumeric: names.length > 0,
          mappings: (JSON.parse(out.map) as { mappings: string }).mappings,
        };
  } catch (err) {
    const failure = err as Partial<TransformFailure>;
    const errors = (failure.errors ?? []).slice(0, 10).map(toFormatError);
    return {
      ok: false,
      errors:
        errors.length > 0 ? errors : [formatError(`Could not compile your code: ${String(err)}`)],
    };
  }
}
