/** Pages that compile and run an author's draft in the author's browser. */
export const DRAFT_EVALUATING_PAGES: readonly string[] = ['/author/preview'];

/**
 * The security headers of every response, in one place (applied by `src/proxy.ts`).
 *
 * Scripts: only this site's files, plus inline scripts that carry this response's nonce
 * (pages rendered per request; Next.js puts the nonce on its own scripts) or whose hash is
 * listed (prerendered pages, whose inline scripts were fixed at build time). Styles may be
 * inline: KaTeX's HTML positions glyphs with `style` attributes, and the code editor injects
 * `<style>` elements.
 */
export interface ScriptAllowance {
  /** a fresh random value for a page rendered for this request */
  nonce?: string;
  /** `sha256-…` sources of a prerendered page's inline scripts */
  hashes?: readonly string[];
}

export function contentSecurityPolicy(
  scripts: ScriptAllowance,
  options: { dev: boolean; https: boolean; evaluatesDrafts?: boolean },
): string {
  const scriptSources = [
    "'self'",
    ...(scripts.nonce ? [`'nonce-${scripts.nonce}'`] : []),
    ...(scripts.hashes ?? []).map((hash) => `'${hash}'`),
    // React rebuilds server error stacks with eval in development only.
    // The author's live preview compiles the author's own draft and runs it (MDX's `evaluate`
    // builds a function from the compiled text). That page alone may evaluate; injected inline
    // scripts stay refused there too (no 'unsafe-inline').
    ...(options.dev || options.evaluatesDrafts ? ["'unsafe-eval'"] : []),
  ];
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Headers every response carries (the CSP is added for pages). */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    // For browsers without CSP frame-ancestors.
    'x-frame-options': 'DENY',
    ...(options.https
      ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains' }
      : {}),
  };
}
