import { MathHtmlProvider, MathText } from '@slope/ui/math';
import { renderMathIn } from '@slope/ui/math/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ScrollRegion } from '../../../../../components/scroll-region';
import { db } from '../../../../../db';
import { requireTaughtClass } from '../../../../../teach/class-guard';
import { classSize } from '../../../../../teach/classes';
import { courseItems } from '../../../../../teach/course-items';
import { questionSummaries } from '../../../../../teach/question-stats';
import { ClassHeader } from '../../../../../teach/ui/class-header';
import { percent } from '../../../../../teach/ui/format';
import { questionText } from '../../../../../teach/ui/question-detail-view';

export const metadata: Metadata = { title: 'Questions' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ classId: string }> };

/** Every practice question of the course with how the class answered it. */
export default async function ClassQuestionsPage({ params }: Props) {
  const { classId } = await params;
  const { klass } = await requireTaughtClass(classId, `/teach/classes/${classId}/questions`);
  const prisma = db();
  const course = await courseItems(prisma, klass.course.slug);
  if (!course) notFound();
  const [learners, questions] = await Promise.all([
    classSize(prisma, klass.id),
    questionSummaries(prisma, course, { classId: klass.id }),
  ]);
  return (
    <>
      <ClassHeader klass={klass} learners={learners} current="questions" />
      <h2>Questions</h2>
      <MathHtmlProvider value={renderMathIn(questions.map((q) => questionText(q.widget)))}>
        <ScrollRegion label="Questions">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Kind</th>
                <th scope="col">Answered</th>
                <th scope="col">Right first time</th>
                <th scope="col">Right in the end</th>
              </tr>
            </thead>
            <tbody>
              {questions.map(
                ({ lesson, widget, respondents, firstTryCorrect, eventuallyCorrect }) => (
                  <tr key={`${lesson.slug}/${widget.id}`}>
                    <th scope="row">
                      <Link
                        href={`/teach/classes/${klass.id}/questions/${lesson.slug}/${widget.id}`}
                      >
                        <MathText text={questionText(widget)} />
                      </Link>
                      <br />
                      <small className="muted">
                        Lesson {lesson.position} · {widget.id}
                      </small>
                    </th>
                    <td>{widget.practice.widget.toLowerCase()}</td>
                    <td>{respondents}</td>
                    <td>{percent(firstTryCorrect)}</td>
                    <td>{eventuallyCorrect}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </ScrollRegion>
      </MathHtmlProvider>
    </>
  );
}
