import path from 'node:path';
import type { ExerciseReference } from '../widgets/extract-widgets';
import type { IndexedCourse, IndexedExercise, IndexedLesson } from './content-index';
import type { Problem } from './types';

export interface LessonReferences {
  course: IndexedCourse;
  lesson: IndexedLesson;
  references: ExerciseReference[];
}

export interface ReferenceProblems {
  /** problems at an `<Exercise id>` element, by lesson file */
  byLesson: Map<string, Problem[]>;
  /** problems of an exercise folder, by folder */
  byExercise: Map<string, Problem[]>;
}

/**
 * Cross-checks `<Exercise id>` elements and exercise folders: each element names a folder of
 * its own lesson, each folder is used by exactly one lesson, and ids are unique in `content/`
 * (the site finds an exercise by id alone).
 */
export function checkExerciseReferences(
  courses: readonly IndexedCourse[],
  lessons: readonly LessonReferences[],
): ReferenceProblems {
  const byLesson = new Map<string, Problem[]>();
  const byExercise = new Map<string, Problem[]>();
  const add = <K>(map: Map<K, Problem[]>, key: K, problem: Problem) =>
    map.set(key, [...(map.get(key) ?? []), problem]);
  const manifest = (exercise: IndexedExercise) => path.join(exercise.dir, 'manifest.json');

  const firstById = new Map<string, IndexedExercise>();
  for (const exercise of courses.flatMap((course) => course.exercises)) {
    const first = firstById.get(exercise.id);
    if (first) {
      add(byExercise, exercise.dir, {
        file: manifest(exercise),
        message: `exercise id "${exercise.id}" is also the folder ${path.relative(path.dirname(exercise.dir), first.dir)}: exercise ids must be unique; rename one folder (and its manifest id)`,
      });
    } else firstById.set(exercise.id, exercise);
  }

  const usedBy = new Map<string, LessonReferences[]>();
  for (const entry of lessons) {
    for (const reference of entry.references) {
      const at = { file: entry.lesson.entry.file, line: reference.line, column: reference.column };
      const exercise = entry.course.exercises.find((candidate) => candidate.id === reference.id);
      if (!exercise) {
        add(byLesson, at.file, {
          ...at,
          message: `<Exercise id="${reference.id}">: course "${entry.course.slug}" has no exercise folder "${reference.id}"; create it with: pnpm content:new exercise ${reference.id} --lesson ${entry.lesson.folder}`,
        });
        continue;
      }
      const users = usedBy.get(exercise.dir) ?? [];
      if (users.length > 0) {
        add(byLesson, at.file, {
          ...at,
          message: `<Exercise id="${reference.id}"> is already used by ${users[0]!.lesson.folder}: an exercise belongs to one lesson`,
        });
      } else if (exercise.lesson !== entry.lesson) {
        add(byLesson, at.file, {
          ...at,
          message: `<Exercise id="${reference.id}"> lives in ${exercise.lesson.folder}/exercises/: move the folder to ${entry.lesson.folder}/exercises/ or use it in ${exercise.lesson.folder}`,
        });
      }
      usedBy.set(exercise.dir, [...users, entry]);
    }
  }

  for (const exercise of courses.flatMap((course) => course.exercises)) {
    if (usedBy.has(exercise.dir)) continue;
    add(byExercise, exercise.dir, {
      file: manifest(exercise),
      message: `exercise "${exercise.id}" is not used by any lesson: add <Exercise id="${exercise.id}" /> to ${exercise.lesson.folder}/index.mdx`,
    });
  }
  return { byLesson, byExercise };
}
