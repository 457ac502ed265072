import { appThrottles } from '../../../auth/app-throttles';
import { describeWait } from '../../../auth/rate-limit';
import { signUp } from '../../../auth/signup';
import { SIGN_UP_RECEIVED } from '../../../auth/signup-received';
import { db } from '../../../db';
import { env } from '../../../env';
import { clientAddress } from '../../../http/client-address';
import { readJson } from '../../../http/read-json';

export const dynamic = 'force-dynamic';

/**
 * POST /api/signup `{ name, email, password }` → 200 `{ message }` (the same whether or not the
 * email had an account), 400 `{ fieldErrors }`, 429 when this address signed up too often.
 * Open to visitors: creating an account is what it is for.
 */
export async function POST(request: Request) {
  const address = clientAddress(request.headers.get('x-forwarded-for'), env().trustedProxies);
  const verdict = await appThrottles().signUp.begin(address);
  if (!verdict.allowed) {
    return Response.json(
      {
        error: `Too many sign-ups from your network. Try again in ${describeWait(verdict.retryAfterMs)}.`,
      },
      { status: 429 },
    );
  }
  const body = await readJson(request, 4 * 1024);
  if (body instanceof Response) return body;
  const result = await signUp(db(), body);
  if (!result.ok) return Response.json({ fieldErrors: result.fieldErrors }, { status: 400 });
  return Response.json({ message: SIGN_UP_RECEIVED });
}
