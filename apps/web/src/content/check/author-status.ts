import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadReport } from './report-file';
import { runContentCheck } from './run-check';
import type { CheckItem, CheckReport, Problem } from './types';

let cached: { signature: string; report: Promise<CheckReport> } | null = null;

/**
 * The fast checks (no proofs) of a content dir, re-run only when a file under it changes
 * (a signature of every file's path and mtime), for the author page.
 */
export function fastReport(dir: string): Promise<CheckReport> {
  const signature = contentSignature(dir);
  if (cached?.signature !== signature) {
    const report = runContentCheck({ dir, prove: false });
    cached = { signature, report };
    report.catch(() => {
      if (cached?.report === report) cached = null;
    });
  }
  return cached.report;
}

/** Path and mtime of every file under `dir`: changes when any file is edited, added or removed. */
export function contentSignature(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(/*turbopackIgnore: true*/ folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else parts.push(`${full}:${statSync(/*turbopackIgnore: true*/ full).mtimeMs}`);
    }
  };
  try {
    walk(dir);
  } catch {
    return 'missing';
  }
  return parts.sort().join('\n');
}

export interface ProofStatus {
  state: 'proved' | 'failed' | 'stale' | 'none';
  /** what to show: "proved (3 seeds, 5 mutants caught)", "not proved yet — run pnpm content:check" */
  text: string;
  problems: Problem[];
  /** when the proof ran (ISO) */
  at?: string;
}

/**
 * An exercise's proof status from the last saved `pnpm content:check` report; `stale` when a
 * file of the exercise changed after that run.
 */
export function proofStatus(exercise: CheckItem, saved: CheckReport | null): ProofStatus {
  const run = 'run pnpm content:check';
  const previous = saved?.proved
    ? saved.items.find((item) => item.kind === 'exercise' && item.file === exercise.file)
    : undefined;
  if (!saved || !previous) return { state: 'none', text: `not proved yet — ${run}`, problems: [] };
  if (newestMtime(exercise.file) > Date.parse(saved.finishedAt))
    return {
      state: 'stale',
      text: `changed since the last proof (${saved.finishedAt}) — ${run}`,
      problems: [],
      at: saved.finishedAt,
    };
  return previous.status === 'ok'
    ? { state: 'proved', text: previous.detail ?? 'proved', problems: [], at: saved.finishedAt }
    : {
        state: 'failed',
        text: previous.detail ?? 'not proved',
        problems: previous.problems,
        at: saved.finishedAt,
      };
}

/** The last saved report of `pnpm content:check` (see report-file.ts). */
export function lastProof(file: string): CheckReport | null {
  return loadReport(file);
}

function newestMtime(dir: string): number {
  try {
    return Math.max(
      0,
      ...readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => statSync(/*turbopackIgnore: true*/ path.join(dir, entry.name)).mtimeMs),
    );
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
