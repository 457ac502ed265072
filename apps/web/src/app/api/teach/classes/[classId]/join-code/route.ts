import { db } from '../../../../../../db';
import { apiRoute } from '../../../../../../http/internal-error';
import { guardClassApi } from '../../../../../../teach/class-guard';
import { rotateJoinCode } from '../../../../../../teach/manage-class';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ classId: string }> };

/** POST /api/teach/classes/:id/join-code → `{ joinCode }`, a new code; the old one stops working. */
export const POST = apiRoute(
  'POST /api/teach/classes/[classId]/join-code',
  async (_request: Request, context: Context) => {
    const found = await guardClassApi((await context.params).classId);
    if (found instanceof Response) return found;
    return Response.json({ joinCode: await rotateJoinCode(db(), found.klass.id) });
  },
);
