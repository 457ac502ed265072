import type { z } from 'zod';

/**
 * Server-safe helpers shared by the widget specs (no React, no DOM).
 */

/** A short id derived from text (FNV-1a, base 36): stable across builds, reveals no order. */
export function stableId(text: string, prefix = 'i'): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${prefix}${(h >>> 0).toString(36)}`;
}

/** Deterministic Fisher–Yates shuffle (mulberry32) so server and client render the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** Numeric seed from a string (for seededShuffle). */
export function seedFrom(text: string): number {
  return Number.parseInt(stableId(text, '').slice(0, 6), 36);
}

/** One problem in an authored widget, ready for the content checker to print with file:line. */
export interface SpecIssue {
  /** the prop path, e.g. `choices[2].text` */
  prop: string;
  message: string;
}

export type SpecValidation<T> = { ok: true; spec: T } | { ok: false; issues: SpecIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(props)';
}

/**
 * Validates authored props against a widget's spec schema and names every problem by prop.
 * The content checker adds file and line: `lesson.mdx:42 <Quiz> choices: no choice is correct`.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): SpecValidation<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, spec: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      prop: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** Human text for a list of issues, one per line: `<Quiz> prop "choices": …`. */
export function formatSpecIssues(widget: string, issues: readonly SpecIssue[]): string {
  return issues.map((i) => `<${widget}> prop "${i.prop}": ${i.message}`).join('\n');
}
