import type { PrismaClient } from '@slope/db';
import type { Exercise } from '@slope/grader';
import { lessonRow } from '../practice/lesson-row';
import type { ExerciseLocation } from './exercise-registry';

/** The database row of an exercise from `content/`, created or refreshed from its manifest. */
export async function exerciseRow(
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
