import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, prerenderedScriptHashes } from './prerendered-script-hashes';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly as written and skips scripts with src', () => {
    const html =
      '<script src="/_next/static/a.js" async></script><script>self.__next_f.push([1,"x"])</script>' +
      '<script nonce="n">\n(a)\n</script><script>self.__next_f.push([1,"x"])</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"x"])'), sha('\n(a)\n')]);
  });
});

describe('prerenderedScriptHashes', () => {
  it('answers for prerendered routes only', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'slope-csp-'));
    mkdirSync(path.join(dist, 'server/app/courses'), { recursive: true });
    writeFileSync(
      path.join(dist, 'prerender-manifest.json'),
      JSON.stringify({ routes: { '/': {}, '/courses/c': {} } }),
    );
    writeFileSync(path.join(dist, 'server/app/index.html'), '<script>home()</script>');
    writeFileSync(path.join(dist, 'server/app/courses/c.html'), '<script>course()</script>');
    expect(prerenderedScriptHashes('/', dist)).toEqual([sha('home()')]);
    expect(prerenderedScriptHashes('/courses/c', dist)).toEqual([sha('course()')]);
    expect(prerenderedScriptHashes('/dashboard', dist)).toBeNull();
  });
});
