import type { PrismaClient } from '@slope/db';
import type { Exercise } from '@slope/grader';
import { lessonRow } from '../practice/lesson-row';
import { oncePerClient } from '../practice/once-per-client';
import type { ExerciseLocation } from './exercise-registry';

const rows = oncePerClient<{ id: string; lessonId: string }>();

/**
 * The database row of an exercise from `content/`, created or refreshed from its manifest on
 * first use in a process (the loaded exercise, manifest included, is kept for the process too).
 */
export function exerciseRow(prisma: PrismaClient, location: ExerciseLocation, exercise: Exercise) {
  return rows(prisma, location.id, () => upsertExercise(prisma, location, exercise));
}

async function upsertExercise(
  prisma: PrismaClient,
  location: ExerciseLocation,
  exercise: Exercise,
) {
  const lesson = await lessonRow(prisma, location);
  const data = {
    lessonId: lesson.id,
    title: exercise.manifest.title,
    maxPoints: exercise.manifest.points,
    manifest: JSON.parse(JSON.stringify(exercise.manifest)),
  };
  return prisma.exercise.upsert({
    where: { slug: location.id },
    create: { slug: location.id, ...data },
    update: data,
    select: { id: true, lessonId: true },
  });
}
