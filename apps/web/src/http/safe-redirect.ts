/**
 * Where to send someone after signing in or out: `target` when it resolves (the way a browser
 * resolves it: backslashes as slashes, tabs and newlines dropped, `//host` as another host) to
 * `siteOrigin`, as a path; otherwise `/`. Comparing resolved origins, not prefixes, is what
 * keeps `/\evil.example` and `/%09/evil.example` out.
 *
 * @example
 * safeRedirectPath('/dashboard?tab=2', 'https://slope.example'); // '/dashboard?tab=2'
 * safeRedirectPath('/\\evil.example/x', 'https://slope.example'); // '/'
 */
export function safeRedirectPath(target: string | null | undefined, siteOrigin: string): string {
  if (typeof target !== 'string' || target === '') return '/';
  let site: URL;
  let resolved: URL;
  try {
    site = new URL(siteOrigin);
    resolved = new URL(target, site);
  } catch {
    return '/';
  }
  if (resolved.origin !== site.origin) return '/';
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // A path the browser could itself read as another host (`//x`, `/\x`) never leaves here.
  return path.startsWith('//') || path.startsWith('/\\') ? '/' : path;
}
