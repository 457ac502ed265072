import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

function directive(policy: string, name: string): string | undefined {
  return policy.split('; ').find((d) => d.startsWith(`${name} `));
}

describe('contentSecurityPolicy', () => {
  it('allows a page rendered per request its nonce, and nothing inline without it', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc' }, { dev: false, https: false });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc'");
    expect(policy).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
  });

  it("lists a prerendered page's script hashes", () => {
    const policy = contentSecurityPolicy(
      { hashes: ['sha256-AAA=', 'sha256-BBB='] },
      { dev: false, https: true },
    );
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(policy).toContain('upgrade-insecure-requests');
  });

  it('lets KaTeX keep its inline styles', () => {
    expect(
      directive(contentSecurityPolicy({}, { dev: false, https: false }), 'style-src'),
    ).toContain("'unsafe-inline'");
  });

  it("adds eval only in development and on the page that runs an author's draft", () => {
    expect(contentSecurityPolicy({}, { dev: true, https: false })).toContain("'unsafe-eval'");
    const preview = contentSecurityPolicy(
      { nonce: 'abc' },
      { dev: false, https: false, evaluatesDrafts: true },
    );
    expect(directive(preview, 'script-src')).toBe("script-src 'self' 'nonce-abc' 'unsafe-eval'");
    expect(preview).not.toContain("'unsafe-inline'; script");
  });
});

describe('securityHeaders', () => {
  it('sends HSTS only over https', () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty('strict-transport-security');
    expect(securityHeaders({ https: true })['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(securityHeaders({ https: false })).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
  });
});
