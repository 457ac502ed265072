import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckReport } from './types';

/** Where `pnpm content:check` leaves its last report for the author page (git-ignored). */
export function reportPath(root: string): string {
  return path.join(root, 'data', 'content-check.json');
}

export function saveReport(file: string, report: CheckReport): void {
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  writeFileSync(/*turbopackIgnore: true*/ file, `${JSON.stringify(report, null, 2)}\n`);
}

/** The last saved report, or null when there is none (or it cannot be read). */
export function loadReport(file: string): CheckReport | null {
  try {
    const report = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as CheckReport;
    return Array.isArray(report.items) ? report : null;
  } catch {
    return null;
  }
}

/**
 * Whether the saved report proved the content as it is now: it exists, it proved (not
 * `--no-prove`), and no file under `contentDir` changed after it was written.
 */
export function reportIsCurrent(file: string, contentDir: string): boolean {
  const report = loadReport(file);
  if (!report?.proved) return false;
  const written = statSync(/*turbopackIgnore: true*/ file).mtimeMs;
  return newestChange(contentDir) <= written;
}

function newestChange(dir: string): number {
  let newest = statSync(/*turbopackIgnore: true*/ dir).mtimeMs;
  for (const entry of readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const changed = entry.isDirectory()
      ? newestChange(file)
      : statSync(/*turbopackIgnore: true*/ file).mtimeMs;
    if (changed > newest) newest = changed;
  }
  return newest;
}
