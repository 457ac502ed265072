import 'server-only';
import { db } from '../db';
import type { TaughtClass } from './class-access';
import { guardClassApi } from './class-guard';
import { type CourseItems, courseItems } from './course-items';
import type { CsvColumn } from './csv';
import { attachment } from './csv';
import { csvStream } from './csv-exports';

/**
 * A streamed CSV download for a class the caller teaches (401/403/404 otherwise), named
 * `<class>-<kind>-<date>.csv`.
 */
export async function csvResponse<T>(
  classId: string,
  kind: string,
  make: (
    klass: TaughtClass,
    course: CourseItems,
  ) => { columns: ReadonlyArray<CsvColumn<T>>; rows: AsyncIterable<readonly T[]> },
): Promise<Response> {
  const found = await guardClassApi(classId);
  if (found instanceof Response) return found;
  const { klass } = found;
  const course = await courseItems(db(), klass.course.slug);
  if (!course) {
    return Response.json(
      { error: `The course "${klass.course.slug}" of this class is no longer in content/.` },
      { status: 404 },
    );
  }
  const { columns, rows } = make(klass, course);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csvStream(columns, rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(`${klass.name}-${kind}-${date}.csv`),
      'cache-control': 'no-store',
    },
  });
}
