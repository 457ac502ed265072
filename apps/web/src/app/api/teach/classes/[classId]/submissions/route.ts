import { db } from '../../../../../../db';
import { apiRoute } from '../../../../../../http/internal-error';
import { submissionColumns, submissionRows } from '../../../../../../teach/csv-exports';
import { csvResponse } from '../../../../../../teach/csv-response';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ classId: string }> };

/** GET /api/teach/classes/:id/submissions → CSV: every submission (code and feedback included). */
export const GET = apiRoute(
  'GET /api/teach/classes/[classId]/submissions',
  async (_request: Request, context: Context) => {
    return csvResponse((await context.params).classId, 'submissions', (klass, course) => ({
      columns: submissionColumns(course),
      rows: submissionRows(db(), klass.id, course),
    }));
  },
);
