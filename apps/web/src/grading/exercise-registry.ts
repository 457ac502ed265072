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

/** How long a listing of the exercise folders is trusted before it is read again. */
const LISTING_TTL_MS = 5000;
const listings = new Map<string, { at: number; byId: Map<string, ExerciseLocation> }>();

/**
 * The location of an exercise, from a listing of the content folders kept for a few seconds
 * (listing them takes about a millisecond of blocking file-system calls, and grading looks
 * exercises up several times per submission); an unknown id reads the folders again at once.
 */
function locate(id: string, dir = contentDir()): ExerciseLocation | undefined {
  const cached = listings.get(dir);
  const fresh = cached && Date.now() - cached.at < LISTING_TTL_MS;
  const found = fresh ? cached.byId.get(id) : undefined;
  if (found) return found;
  const byId = new Map(exerciseLocations(dir).map((location) => [location.id, location]));
  listings.set(dir, { at: Date.now(), byId });
  return byId.get(id);
}

/** The exercise with this id, loaded once per process (its hidden tests stay on the server). */
export async function findExercise(
  id: string,
  dir?: string,
): Promise<{ location: ExerciseLocation; exercise: Exercise } | null> {
  const location = locate(id, dir);
  if (!location) return null;
  let exercise = loaded.get(location.dir);
  if (!exercise) {
    exercise = loadExercise(location.dir);
    loaded.set(location.dir, exercise);
    exercise.catch(() => loaded.delete(location.dir));
  }
  return { location, exercise: await exercise };
}
