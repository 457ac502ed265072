import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type Exercise, loadExercise } from './load-exercise.ts';

export interface ExerciseCatalog {
  /** the exercise with this id, loaded once (hidden tests included), or null when there is none */
  find(id: string): Promise<Exercise | null>;
}

/**
 * The exercises under a `content/` folder (`<course>/<NN-lesson>/exercises/<id>/`), for a
 * process that grades but renders nothing (the grader worker). The folder list is read once
 * and again only when an unknown id is asked for; each exercise is loaded once.
 *
 * @example
 * const exercises = exerciseCatalog('/srv/slope/content');
 * const exercise = await exercises.find('mse-gradient');
 */
export function exerciseCatalog(contentDir: string): ExerciseCatalog {
  let folders: Map<string, string> | undefined;
  const loaded = new Map<string, Promise<Exercise>>();
  return {
    async find(id) {
      folders ??= exerciseFolders(contentDir);
      if (!folders.has(id)) folders = exerciseFolders(contentDir);
      const dir = folders.get(id);
      if (!dir) return null;
      let exercise = loaded.get(dir);
      if (!exercise) {
        exercise = loadExercise(dir);
        loaded.set(dir, exercise);
        exercise.catch(() => loaded.delete(dir));
      }
      return exercise;
    },
  };
}

const LESSON_DIR = /^\d+-/;

/** id → folder of every exercise in the content folder. */
export function exerciseFolders(contentDir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const course of subfolders(contentDir)) {
    if (!existsSync(path.join(course, 'course.json'))) continue;
    for (const lesson of subfolders(course)) {
      if (!LESSON_DIR.test(path.basename(lesson))) continue;
      for (const exercise of subfolders(path.join(lesson, 'exercises')))
        found.set(path.basename(exercise), exercise);
    }
  }
  return found;
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name));
}
