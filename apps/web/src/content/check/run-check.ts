import path from 'node:path';
import type { Exercise } from '@slope/grader';
import { checkAids } from './check-aids';
import { checkLesson, exerciseReferences } from './check-lesson';
import { checkMistakes } from './check-mistakes';
import { type IndexedCourse, type IndexedExercise, indexContent } from './content-index';
import { loadForCheck, proveForCheck } from './exercise-proof';
import { checkExerciseReferences } from './exercise-references';
import type { CheckItem, CheckReport, Problem } from './types';

export interface RunCheckOptions {
  /** the content dir (`content/`) */
  dir: string;
  /** prove every exercise with the grader (slow); otherwise only load it */
  prove: boolean;
  seeds?: number[];
  /** called as each item finishes, for progress output */
  onItem?: (item: CheckItem) => void;
}

/**
 * Checks a content dir: course.json and mistakes.json files, every lesson (front matter, MDX,
 * widgets, links), the references between lessons and exercise folders, every exercise
 * manifest, and (with `prove`) proves each exercise, concurrently over the grader's pool. Never
 * stops at the first problem: every item gets a row with all of its problems.
 *
 * @example
 * const report = await runContentCheck({ dir: contentDir(), prove: true });
 * const failed = report.items.filter((item) => item.status === 'failed');
 */
export async function runContentCheck(options: RunCheckOptions): Promise<CheckReport> {
  const started = performance.now();
  const items: CheckItem[] = [];
  const emit = (item: CheckItem) => {
    items.push(item);
    options.onItem?.(item);
  };
  const courses = indexContent(options.dir);

  for (const course of courses) {
    emit({
      kind: 'course',
      course: course.slug,
      name: `${course.slug}/course.json`,
      file: path.join(course.dir, 'course.json'),
      ...(course.meta ? { title: course.meta.title } : {}),
      status: course.problem ? 'failed' : 'ok',
      problems: course.problem ? [course.problem] : [],
      timeMs: 0,
    });
    const mistakes = checkMistakes(course);
    if (mistakes) emit(mistakes);
  }

  // The <Exercise id> references first (a quick parse), so that each lesson's row can be
  // printed complete as soon as it is compiled.
  const references = checkExerciseReferences(
    courses,
    courses.flatMap((course) =>
      course.lessons.map((lesson) => ({ course, lesson, references: exerciseReferences(lesson) })),
    ),
  );

  for (const course of courses) {
    for (const lesson of course.lessons) {
      const t0 = performance.now();
      const checked = await checkLesson(lesson, courses);
      const problems = [...checked.problems, ...(references.byLesson.get(lesson.entry.file) ?? [])];
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      emit({
        kind: 'lesson',
        course: course.slug,
        name: lesson.folder,
        file: lesson.entry.file,
        ...(lesson.meta ? { title: lesson.meta.title, draft: lesson.meta.draft } : {}),
        status: problems.length ? 'failed' : 'ok',
        ...(checked.questions
          ? { questions: checked.questions, detail: `ok, ${checked.questions} question(s) proved` }
          : {}),
        problems,
        timeMs: performance.now() - t0,
      });
    }
  }
  // Then the exercises, concurrently over the grader's worker pool. (Not while the lessons
  // compile: compiling blocks this thread, which the pool needs to hand out and collect jobs.)
  await Promise.all(
    courses
      .flatMap((course) => course.exercises.map((exercise) => ({ course, exercise })))
      .map(async ({ course, exercise }) =>
        emit(
          await checkExercise(course, exercise, references.byExercise.get(exercise.dir) ?? [], {
            prove: options.prove,
            seeds: options.seeds ?? [1, 2, 3],
          }),
        ),
      ),
  );

  return {
    contentDir: options.dir,
    proved: options.prove,
    finishedAt: new Date().toISOString(),
    timeMs: performance.now() - started,
    items,
  };
}

async function checkExercise(
  course: IndexedCourse,
  exercise: IndexedExercise,
  referenceProblems: Problem[],
  options: { prove: boolean; seeds: number[] },
): Promise<CheckItem> {
  const t0 = performance.now();
  const loaded = await loadForCheck(exercise.dir);
  const problems = [
    ...referenceProblems,
    ...loaded.problems,
    ...(await checkAids(exercise.dir, loaded.exercise?.manifest ?? null)),
  ];
  let detail: string | undefined;
  const ready: Exercise | null = loaded.exercise;
  if (ready && ready.manifest.id !== exercise.id) {
    problems.push({
      file: path.join(exercise.dir, 'manifest.json'),
      message: `manifest id "${ready.manifest.id}" must match the folder name "${exercise.id}"`,
    });
  }
  if (ready && options.prove) {
    try {
      const proof = await proveForCheck(ready, options.seeds);
      problems.push(...proof.problems);
      detail = proof.detail;
    } catch (error) {
      problems.push({ file: exercise.dir, message: `proving failed: ${String(error)}` });
    }
  } else if (ready) detail = 'loads (not proved: --no-prove)';
  return {
    kind: 'exercise',
    course: course.slug,
    name: `${exercise.lesson.folder}/${exercise.id}`,
    file: exercise.dir,
    ...(ready ? { title: ready.manifest.title } : {}),
    status: problems.length ? 'failed' : options.prove ? 'ok' : 'unproved',
    ...(detail ? { detail } : {}),
    problems,
    timeMs: performance.now() - t0,
  };
}
