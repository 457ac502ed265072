import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '../../../../../../../db';
import { requireTaughtClass } from '../../../../../../../teach/class-guard';
import { classSize } from '../../../../../../../teach/classes';
import { courseItems } from '../../../../../../../teach/course-items';
import { questionDetail } from '../../../../../../../teach/question-stats';
import { ClassHeader } from '../../../../../../../teach/ui/class-header';
import { QuestionDetailView } from '../../../../../../../teach/ui/question-detail-view';

export const metadata: Metadata = { title: 'Question statistics' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ classId: string; lesson: string; question: string }> };

/** One practice question for one class: choice distribution and item analysis. */
export default async function ClassQuestionPage({ params }: Props) {
  const { classId, lesson: lessonSlug, question } = await params;
  const { klass } = await requireTaughtClass(
    classId,
    `/teach/classes/${classId}/questions/${lessonSlug}/${question}`,
  );
  const prisma = db();
  const course = await courseItems(prisma, klass.course.slug);
  const lesson = course?.lessons.find((l) => l.slug === lessonSlug);
  const widget = lesson?.practice.find((w) => w.id === question);
  if (!course || !lesson || !widget) notFound();
  const [learners, detail] = await Promise.all([
    classSize(prisma, klass.id),
    questionDetail(prisma, course, lesson, widget, { classId: klass.id }),
  ]);
  return (
    <>
      <ClassHeader klass={klass} learners={learners} current="questions" />
      <h2>
        Lesson {lesson.position}: {lesson.title} — {widget.id}
      </h2>
      <p>
        <Link href={`/teach/classes/${klass.id}/questions`}>All questions</Link>
      </p>
      <QuestionDetailView widget={widget} detail={detail} />
    </>
  );
}
