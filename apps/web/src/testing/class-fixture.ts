import type { PrismaClient } from '@slope/db';
import { quizSpecSchema } from '@slope/ui/quiz/spec';
import type { PracticeWidget } from '../content/widgets/extract-widgets';
import type { CourseItems, ExerciseItem, LessonItem } from '../teach/course-items';

export const QUIZ_ID = 'gradient-direction';

/** A quiz with one right choice, as an author would write it. */
export const quizWidget: PracticeWidget = {
  id: QUIZ_ID,
  line: 1,
  column: 1,
  practice: {
    widget: 'Quiz',
    spec: quizSpecSchema.parse({
      stem: 'Where does the gradient point?',
      choices: [
        { id: 'ascent', text: 'Steepest ascent', correct: true },
        { id: 'descent', text: 'Steepest descent' },
        { id: 'level', text: 'Along a level set' },
      ],
    }),
  },
};

export interface ClassFixture {
  course: CourseItems;
  classId: string;
  otherClassId: string;
  instructorId: string;
  otherInstructorId: string;
  lessons: { limits: string; gradients: string };
  exercises: { mse: string; chain: string };
  /** a learner in the class */
  addLearner: (name: string, classId?: string) => Promise<string>;
}

/**
 * A course of two lessons (the first with a quiz) and two exercises, a class taught by one
 * instructor and another class taught by someone else — the rows progress and statistics read.
 */
export async function classFixture(prisma: PrismaClient): Promise<ClassFixture> {
  const course = await prisma.course.create({
    data: { slug: 'calc', title: 'Calculus', summary: 'Test course' },
  });
  const lesson = (slug: string, position: number) =>
    prisma.lesson.create({
      data: { courseId: course.id, slug, position, title: slug, summary: 's', minutes: 5 },
    });
  const limits = await lesson('limits', 1);
  const gradients = await lesson('gradients', 2);
  const exercise = (slug: string, lessonId: string) =>
    prisma.exercise.create({ data: { slug, lessonId, title: `Exercise ${slug}`, maxPoints: 1 } });
  const mse = await exercise('mse-gradient', limits.id);
  const chain = await exercise('chain-rule', gradients.id);
  const user = (name: string, role: 'LEARNER' | 'INSTRUCTOR' = 'LEARNER') =>
    prisma.user.create({
      data: { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`, role },
    });
  const instructor = await user('Ines', 'INSTRUCTOR');
  const other = await user('Otto', 'INSTRUCTOR');
  const klass = await prisma.class.create({
    data: {
      name: 'Morning class',
      courseId: course.id,
      joinCode: 'MORN-ING1',
      createdById: instructor.id,
      memberships: { create: { userId: instructor.id, role: 'INSTRUCTOR' } },
    },
  });
  const otherClass = await prisma.class.create({
    data: {
      name: 'Evening class',
      courseId: course.id,
      joinCode: 'EVEN-ING1',
      createdById: other.id,
      memberships: { create: { userId: other.id, role: 'INSTRUCTOR' } },
    },
  });
  const lessonItem = (
    row: { id: string; slug: string; position: number },
    practice: PracticeWidget[],
  ): LessonItem => ({
    kind: 'lesson',
    key: `l:${row.slug}`,
    slug: row.slug,
    position: row.position,
    title: row.slug,
    id: row.id,
    practice,
  });
  const exerciseItem = (
    row: { id: string; slug: string },
    lessonSlug: string,
    position: number,
  ): ExerciseItem => ({
    kind: 'exercise',
    key: `e:${row.slug}`,
    slug: row.slug,
    title: `Exercise ${row.slug}`,
    lessonSlug,
    lessonPosition: position,
    id: row.id,
    manifest: null,
    hasSolution: false,
  });
  const lessons = [lessonItem(limits, [quizWidget]), lessonItem(gradients, [])];
  const exercises = [exerciseItem(mse, 'limits', 1), exerciseItem(chain, 'gradients', 2)];
  return {
    course: {
      course: { slug: 'calc', title: 'Calculus', summary: 'Test course', dir: '' },
      lessons,
      exercises,
      items: [lessons[0]!, exercises[0]!, lessons[1]!, exercises[1]!],
    },
    classId: klass.id,
    otherClassId: otherClass.id,
    instructorId: instructor.id,
    otherInstructorId: other.id,
    lessons: { limits: limits.id, gradients: gradients.id },
    exercises: { mse: mse.id, chain: chain.id },
    async addLearner(name, classId = klass.id) {
      const learner = await user(name);
      await prisma.classMembership.create({ data: { classId, userId: learner.id } });
      return learner.id;
    },
  };
}

/** Records exercise progress as the grader would leave it. */
export function progress(
  prisma: PrismaClient,
  userId: string,
  exerciseId: string,
  data: { attempts: number; bestScore: number; passed?: boolean; firstPassedAt?: Date },
) {
  return prisma.exerciseProgress.create({
    data: { userId, exerciseId, passed: false, ...data },
  });
}
