import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type Exercise, loadExercise } from '@slope/grader';
import {
  type CourseMeta,
  contentDir,
  type LessonMeta,
  lessonEntries,
  listCourses,
  readLessonMeta,
} from '../content/courses';

export interface ExerciseLocation {
  /** the manifest id (kebab-case, unique in the repository) */
  id: string;
  dir: string;
  course: CourseMeta;
  lesson: LessonMeta;
}

/**
 * Every exercise folder in `content/`: `<course>/<NN-lesson>/exercises/<id>/`. The folder
 * name is the exercise id (the manifest repeats it; the loader checks they agree).
 */
export function exerciseLocations(dir = contentDir()): ExerciseLocation[] {
  const found: ExerciseLocation[] = [];
  for (const course of listCourses(dir)) {
    for (const entry of lessonEntries(course)) {
      const exercisesDir = path.join(path.dirname(entry.file), 'exercises');
      if (!existsSync(/*turbopackIgnore: true*/ exercisesDir)) continue;
      const lesson = readLessonMeta(course, entry);
      for (const folder of readdirSync(/*turbopackIgnore: true*/ exercisesDir, {
        withFileTypes: true,
      })) {
        if (!folder.isDirectory()) continue;
        found.push({ id: folder.name, dir: path.join(exercisesDir, folder.name), course, lesson });
      }
    }
  }
  return found;
}

const loaded = new Map<string, Promise<Exercise>>();

/** The exercise with this id, loaded once per process (its hidden tests stay on the server). */
export async function findExercise(
  id: string,
  dir?: string,
): Promise<{ location: ExerciseLocation; exercise: Exercise } | null> {
  const location = exerciseLocations(dir).find((candidate) => candidate.id === id);
  if (!location) return null;
  let exercise = loaded.get(location.dir);
  if (!exercise) {
    exercise = loadExercise(location.dir);
    loaded.set(location.dir, exercise);
    exercise.catch(() => loaded.delete(location.dir));
  }
  return { location, exercise: await exercise };
}
