import { readFileSync } from 'node:fs';
import { compileMdx } from '../compile-mdx';
import { parseLessonSource } from '../front-matter';
import { LESSON_COMPONENTS } from '../widgets/component-names';
import type { ExerciseReference } from '../widgets/extract-widgets';
import { scanWidgets } from '../widgets/extract-widgets';
import type { IndexedCourse, IndexedLesson } from './content-index';
import { checkLessonLinks } from './lesson-links';
import { toProblem } from './problem';
import { proveAnswers } from './prove-answers';
import type { Problem } from './types';

export interface LessonCheck {
  problems: Problem[];
  /** formula, number and matrix questions proved */
  questions: number;
}

/** The `<Exercise id>` elements of a lesson (none when it does not parse: checkLesson says why). */
export function exerciseReferences(lesson: IndexedLesson): ExerciseReference[] {
  if (lesson.problem) return [];
  try {
    const source = readFileSync(/*turbopackIgnore: true*/ lesson.entry.file, 'utf8');
    const { body } = parseLessonSource(lesson.entry.file, source);
    return scanWidgets(lesson.entry.file, body).widgets.exercises;
  } catch {
    return [];
  }
}

/**
 * The fast checks of one lesson: front matter, MDX and math compile, widget props, links to
 * other lessons. Every problem is returned (a syntax error stops that file's later checks).
 */
export async function checkLesson(
  lesson: IndexedLesson,
  courses: readonly IndexedCourse[],
): Promise<LessonCheck> {
  const file = lesson.entry.file;
  if (lesson.problem) return { problems: [lesson.problem], questions: 0 };
  let body: string;
  try {
    body = parseLessonSource(file, readFileSync(/*turbopackIgnore: true*/ file, 'utf8')).body;
  } catch (error) {
    return { problems: [toProblem(file, error)], questions: 0 };
  }
  const problems: Problem[] = [];
  try {
    await compileMdx(file, body, { components: LESSON_COMPONENTS });
  } catch (error) {
    problems.push(toProblem(file, error));
  }
  const { widgets, problems: widgetProblems } = scanWidgets(file, body);
  const proof = proveAnswers(file, widgets.practice);
  problems.push(...proof.problems);
  for (const problem of widgetProblems.map((error) => toProblem(file, error))) {
    // A syntax error is found by both the compiler and the widget scan: report it once.
    if (!problems.some((p) => p.line === problem.line && p.message === problem.message))
      problems.push(problem);
  }
  problems.push(...checkLessonLinks(lesson, body, courses));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { problems, questions: proof.proved };
}
