import { db } from '../../../../../../db';
import { apiRoute } from '../../../../../../http/internal-error';
import { gradebookColumns, gradebookRows } from '../../../../../../teach/csv-exports';
import { csvResponse } from '../../../../../../teach/csv-response';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ classId: string }> };

/** GET /api/teach/classes/:id/gradebook → CSV: one row per learner, columns per exercise and lesson. */
export const GET = apiRoute(
  'GET /api/teach/classes/[classId]/gradebook',
  async (_request: Request, context: Context) => {
    return csvResponse((await context.params).classId, 'gradebook', (klass, course) => ({
      columns: gradebookColumns(course),
      rows: gradebookRows(db(), klass.id, course),
    }));
  },
);
