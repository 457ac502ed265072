import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.ts';

const valid = {
  id: 'mse-gradient',
  title: 'Gradient of the MSE',
  points: 10,
  signature: { name: 'grad', params: [{ name: 'w', type: 'vector' }] },
};

describe('parseManifest', () => {
  it('fills in default limits, attempts and feedback', () => {
    const r = parseManifest(JSON.stringify(valid));
    expect(r.ok && r.manifest).toMatchObject({
      limits: { timeMs: 2000, memoryMb: 64 },
      attempts: { max: null, penaltyPerAttempt: 0 },
      feedback: { visibility: 'full' },
    });
  });

  it('locates a bad value by line and column', () => {
    const text = JSON.stringify(
      { ...valid, signature: { name: 'grad', params: [{ name: 'w', type: 'tensor3' }] } },
      null,
      2,
    );
    const r = parseManifest(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const e = r.errors[0]!;
      expect(e).toMatchObject({ file: 'manifest.json' });
      expect(e.message).toMatch(/signature\.params\.0\.type/);
      expect(text.split('\n')[e.line - 1]?.slice(e.column - 1)).toMatch(/^"tensor3"/);
    }
  });

  it('reports invalid JSON with a position', () => {
    const r = parseManifest('{\n  "id": "x",\n  oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 3 });
  });

  it('rejects unknown keys (typos) and a due date that is not ISO', () => {
    const r = parseManifest(
      JSON.stringify({ ...valid, pionts: 3, feedback: { visibility: 'after-due', due: 'friday' } }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.message).join('\n')).toMatch(
        /pionts[\s\S]*due|due[\s\S]*pionts/,
      );
  });
});
