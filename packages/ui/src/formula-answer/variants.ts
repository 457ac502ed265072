import { z } from 'zod';

/**
 * Variants: a question may declare parameters (`params={{ a: [2, 3, 5], n: [2, 3, 4] }}`)
 * written `@a`, `@n` in its stem, key, wrong answers and explanation. Each learner gets one
 * value of each, drawn from a seed of their own (an HMAC the server computes), so answers
 * cannot be passed around; a visitor sees the first values. Server-safe.
 */
export const paramsSchema = z
  .record(
    z.string().regex(/^[a-zA-Z]\w*$/, 'a parameter name is letters (and digits)'),
    z.array(z.number().finite()).min(1, 'a parameter needs at least one value').max(20),
  )
  .optional();

export type Params = Record<string, number[]>;
export type ParamValues = Record<string, number>;

/** At most this many combinations are proved by content:check (every one is). */
export const MAX_VARIANTS = 64;

/** The values of a seed (null: the first of each), the same on every call. */
export function variantValues(params: Params, seed: number | null): ParamValues {
  const values: ParamValues = {};
  let state = (seed ?? 0) >>> 0;
  for (const name of Object.keys(params).sort()) {
    const list = params[name]!;
    // mulberry32 step: each parameter its own draw from the one seed
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    values[name] = seed === null ? list[0]! : list[Math.floor(u * list.length)]!;
  }
  return values;
}

/** Every combination of values (for content:check), or null when there are too many. */
export function allVariants(params: Params): ParamValues[] | null {
  let out: ParamValues[] = [{}];
  for (const name of Object.keys(params).sort()) {
    out = out.flatMap((v) => params[name]!.map((x) => ({ ...v, [name]: x })));
    if (out.length > MAX_VARIANTS) return null;
  }
  return out;
}

/**
 * `@name` replaced by its value in a text: as is in math for people (`$@a x^{@n}$` →
 * `$3 x^{4}$`), bracketed when negative in a formula (`x - @a` → `x - (-3)`).
 */
export function substitute(text: string, values: ParamValues, formula: boolean): string {
  return text.replace(/@([a-zA-Z]\w*)/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) return whole;
    return formula && v < 0 ? `(${v})` : String(v);
  });
}

/** Names used as `@name` in a text that the question does not declare. */
export function unknownParams(text: string, params: Params): string[] {
  return [...text.matchAll(/@([a-zA-Z]\w*)/g)]
    .map((m) => m[1]!)
    .filter((name) => !Object.hasOwn(params, name));
}

const FORMULA_FIELDS = new Set(['answer', 'of']);
const resolved = new WeakMap<object, Map<string, object>>();

/**
 * The question as one learner sees it: every `@name` replaced by its value (formulas in the key
 * and the wrong answers, text in the stem, feedback, explanation and labels), without `params`.
 * The same object for the same values, so compiled questions are reused.
 */
export function atValues<S extends { params?: Params | undefined }>(
  spec: S,
  values: ParamValues,
): S {
  if (!spec.params) return spec;
  const key = JSON.stringify(values);
  let byValues = resolved.get(spec);
  if (!byValues) {
    byValues = new Map();
    resolved.set(spec, byValues);
  }
  const known = byValues.get(key);
  if (known) return known as S;
  const sub = (v: unknown, formula: boolean): unknown =>
    typeof v === 'string'
      ? substitute(v, values, formula)
      : Array.isArray(v)
        ? v.map((x) => sub(x, formula))
        : v;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(spec)) {
    if (field === 'params') continue;
    out[field] =
      field === 'wrong'
        ? (value as unknown as { answer: string; feedback: string }[]).map((w) => ({
            answer: sub(w.answer, true),
            feedback: sub(w.feedback, false),
          }))
        : sub(value, FORMULA_FIELDS.has(field));
  }
  byValues.set(key, out);
  return out as S;
}

/** The question for a learner's seed (null: a visitor, the first values). */
export function atSeed<S extends { params?: Params | undefined }>(spec: S, seed: number | null): S {
  return spec.params ? atValues(spec, variantValues(spec.params, seed)) : spec;
}
