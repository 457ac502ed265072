import { randomBytes } from 'node:crypto';
import { type NextRequest, NextResponse } from 'next/server';
import { prerenderedScriptHashes } from './http/prerendered-script-hashes';
import { guardRequest } from './http/request-guard';
import {
  contentSecurityPolicy,
  DRAFT_EVALUATING_PAGES,
  securityHeaders,
} from './http/security-headers';

/**
 * Runs before every route, page and server action: refuses cross-origin writes, wrong content
 * types and oversized bodies (see http/request-guard.ts), and sets the security headers and the
 * Content-Security-Policy of every response (http/security-headers.ts).
 */
export function proxy(request: NextRequest) {
  const https =
    request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const headers = securityHeaders({ https });
  const refused = guardRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    headers: request.headers,
  });
  if (refused) {
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }

  const requestHeaders = new Headers(request.headers);
  if (!request.nextUrl.pathname.startsWith('/api/')) {
    // NODE_ENV is fixed at build time by Next.js.
    const dev = process.env.NODE_ENV === 'development';
    const hashes = prerenderedScriptHashes(request.nextUrl.pathname);
    const evaluatesDrafts = DRAFT_EVALUATING_PAGES.includes(request.nextUrl.pathname);
    let policy: string;
    if (hashes) {
      policy = contentSecurityPolicy({ hashes }, { dev, https, evaluatesDrafts });
    } else {
      const nonce = randomBytes(16).toString('base64');
      // An unknown path is answered with the prerendered not-found page, nonce-less: its
      // (fixed, Next.js-made) scripts are allowed by hash.
      const notFound = prerenderedScriptHashes('/_not-found') ?? [];
      policy = contentSecurityPolicy({ nonce, hashes: notFound }, { dev, https, evaluatesDrafts });
      // Next.js reads the nonce from the request's policy and puts it on its scripts.
      requestHeaders.set('content-security-policy', policy);
    }
    headers['content-security-policy'] = policy;
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets (hashed files under /_next/static, images).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
