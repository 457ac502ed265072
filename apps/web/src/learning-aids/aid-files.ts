import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../content/content-error';
import { type AidSection, renderMarkdown, renderSections } from './render-markdown';

/** An exercise's learning aids as written by its author, rendered (they stay on the server). */
export interface AidFiles {
  /** `hints.md`: one hint per `##` section, in the order they open */
  hints: AidSection[];
  /** `solution.md` (the worked solution) as HTML, or null when the folder has none */
  solution: string | null;
}

const cache = new Map<string, { key: string; aids: Promise<AidFiles> }>();

/**
 * The learning aids of an exercise folder: `hints.md` (each `## Heading` starts a hint; text
 * before the first heading is an error) and `solution.md`. Both are optional. Rendered once
 * per file version (an author's edit is picked up at the next request).
 */
export async function readAidFiles(dir: string): Promise<AidFiles> {
  const hintsFile = path.join(dir, 'hints.md');
  const solutionFile = path.join(dir, 'solution.md');
  const key = `${await version(hintsFile)}|${await version(solutionFile)}`;
  const cached = cache.get(dir);
  if (cached?.key === key) return cached.aids;
  const aids = render(hintsFile, solutionFile);
  cache.set(dir, { key, aids });
  aids.catch(() => cache.delete(dir));
  return aids;
}

async function render(hintsFile: string, solutionFile: string): Promise<AidFiles> {
  const [hintsText, solutionText] = await Promise.all([
    readOptional(hintsFile),
    readOptional(solutionFile),
  ]);
  const hints = hintsText === null ? [] : await renderSections(hintsFile, hintsText);
  const untitled = hints.findIndex((hint) => hint.title.trim() === '');
  if (untitled >= 0) {
    throw new ContentError(
      hintsFile,
      1,
      1,
      untitled === 0 && hints.length > 0
        ? 'every hint starts with a "## " heading (its title); text comes before the first one'
        : 'a hint has an empty "## " heading',
    );
  }
  const solution = solutionText === null ? null : await renderMarkdown(solutionFile, solutionText);
  return { hints, solution };
}

async function version(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  return info ? `${info.mtimeMs}:${info.size}` : 'none';
}

async function readOptional(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Whether an exercise folder has a worked solution (`solution.md`). */
export function hasWorkedSolution(dir: string): boolean {
  return existsSync(path.join(dir, 'solution.md'));
}
