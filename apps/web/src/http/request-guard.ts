/**
 * The checks every request passes before any route or server action sees it (run by
 * `src/proxy.ts`): cross-origin writes are refused (CSRF), JSON APIs take only JSON, and bodies
 * over {@link MAX_BODY_BYTES} are refused before anything reads them. A refused request never
 * reaches the code that writes.
 */

/** The documented limit on request bodies (the nginx config's `client_max_body_size` is above it). */
export const MAX_BODY_BYTES = 128 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface GuardedRequest {
  method: string;
  pathname: string;
  headers: Headers;
}

/**
 * Whether a state-changing request comes from a page of this site. Browsers say so in
 * `Sec-Fetch-Site`; older ones only send `Origin`, compared with the host the request was sent
 * to. A request with neither is not from a browser (curl, a script) and cannot carry a
 * victim's cookies by accident, so it passes — the same rule as Go's CrossOriginProtection.
 */
export function isCrossOriginWrite({ method, headers }: Omit<GuardedRequest, 'pathname'>): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = headers.get('origin');
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, some redirects) or garbage
  }
  const hosts = [headers.get('x-forwarded-host'), headers.get('host')].filter(Boolean);
  return !hosts.includes(originHost);
}

function hasBody(headers: Headers): boolean {
  return Number(headers.get('content-length') ?? 0) > 0 || headers.has('transfer-encoding');
}

function isJson(contentType: string | null): boolean {
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  return media === 'application/json';
}

/**
 * The response that refuses `request`, or null when it may go on.
 *
 * @example
 * guardRequest({ method: 'POST', pathname: '/api/classes/join', headers }); // 403 from another origin
 */
export function guardRequest(request: GuardedRequest): Response | null {
  const { method, pathname, headers } = request;
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (isCrossOriginWrite(request)) {
    return Response.json(
      { error: 'This request came from another site and was refused.' },
      { status: 403 },
    );
  }
  if (Number(headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return Response.json(
      { error: `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.` },
      { status: 413 },
    );
  }
  // next-auth's own endpoints take form posts (and check their CSRF token themselves).
  const jsonApi = pathname.startsWith('/api/') && !pathname.startsWith('/api/auth/');
  if (jsonApi && hasBody(headers) && !isJson(headers.get('content-type'))) {
    return Response.json(
      { error: 'Send the request body as JSON (Content-Type: application/json).' },
      { status: 415 },
    );
  }
  return null;
}
