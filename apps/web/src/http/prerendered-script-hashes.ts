import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `sha256-…` CSP sources for every inline `<script>` in an HTML document.
 *
 * @example inlineScriptHashes('<script>a()</script>'); // ['sha256-…']
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]!)) continue;
    hashes.add(`sha256-${createHash('sha256').update(match[2]!, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

let prerendered: Set<string> | undefined;
const byRoute = new Map<string, string[] | null>();

/**
 * The script hashes of the page `next build` prerendered for `pathname`, or null when the page
 * is rendered per request (it then gets a nonce). Read once per route from the build output.
 */
export function prerenderedScriptHashes(
  pathname: string,
  distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), '.next'),
): string[] | null {
  if (!prerendered) {
    try {
      const manifest = JSON.parse(
        readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'),
      ) as { routes?: Record<string, unknown> };
      prerendered = new Set(Object.keys(manifest.routes ?? {}));
    } catch {
      prerendered = new Set(); // `next dev`: nothing is prerendered
    }
  }
  if (!prerendered.has(pathname)) return null;
  let hashes = byRoute.get(pathname);
  if (hashes === undefined) {
    const file = path.join(
      distDir,
      'server',
      'app',
      `${pathname === '/' ? '/index' : pathname}.html`,
    );
    try {
      hashes = inlineScriptHashes(readFileSync(file, 'utf8'));
    } catch {
      hashes = null;
    }
    byRoute.set(pathname, hashes);
  }
  return hashes;
}
