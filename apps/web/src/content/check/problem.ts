import path from 'node:path';
import { ContentError } from '../content-error';
import type { Problem } from './types';

/** A thrown error as a problem: a ContentError keeps its place, anything else its message. */
export function toProblem(file: string, error: unknown): Problem {
  if (error instanceof ContentError) {
    return { file: error.file, line: error.line, column: error.column, message: error.reason };
  }
  return { file, message: error instanceof Error ? error.message : String(error) };
}

/**
 * `file:line:column: message`, the path relative to `root` (the repository), so editors and
 * terminals can jump to it.
 *
 * @example
 * formatProblem({ file: '/repo/content/c/01-a/index.mdx', line: 3, column: 1, message: 'x' }, '/repo')
 * // 'content/c/01-a/index.mdx:3:1: x'
 */
export function formatProblem(problem: Problem, root: string): string {
  return `${formatPlace(problem, root)}: ${problem.message}`;
}

export function formatPlace(problem: Omit<Problem, 'message'>, root: string): string {
  const relative = path.relative(root, problem.file);
  const shown = relative && !relative.startsWith('..') ? relative : problem.file;
  const line = problem.line && problem.line > 0 ? problem.line : 1;
  const column = problem.column && problem.column > 0 ? problem.column : 1;
  return `${shown}:${line}:${column}`;
}

/** The 1-based line of the first line matching `pattern` in `text`, or 1. */
export function lineOf(text: string, pattern: RegExp | ((line: string) => boolean)): number {
  const matches = typeof pattern === 'function' ? pattern : (line: string) => pattern.test(line);
  const index = text.split('\n').findIndex(matches);
  return index >= 0 ? index + 1 : 1;
}
