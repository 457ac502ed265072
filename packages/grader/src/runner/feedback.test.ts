import { describe, expect, it } from 'vitest';
import { parseManifest } from '../exercise/manifest.ts';
import type { GradeResult } from '../grade-result.ts';
import { attemptScore, visibleResult } from './feedback.ts';

const manifest = (feedback: object) => {
  const r = parseManifest(
    JSON.stringify({
      id: 'x',
      title: 'x',
      points: 1,
      signature: { name: 'f', params: [{ name: 'x', type: 'number' }] },
      feedback,
    }),
  );
  if (!r.ok) throw new Error('bad manifest');
  return r.manifest;
};

const result: GradeResult = {
  gradable: true,
  score: 0.5,
  tests: [
    { name: 'a', status: 'passed', passed: true, points: 1, maxPoints: 1, message: 'Correct.' },
    {
      name: 'b',
      status: 'failed',
      passed: false,
      points: 0,
      maxPoints: 1,
      message: 'got 3, expected 6',
      diagnostics: [{ kind: 'note', text: '×½' }],
    },
  ],
  output: 'debug',
  timeMs: 3,
};

describe('visibleResult', () => {
  it('keeps everything with full feedback', () => {
    expect(visibleResult(result, manifest({ visibility: 'full' }))).toBe(result);
  });

  it('hides messages, diagnostics and output in summary mode', () => {
    const v = visibleResult(result, manifest({ visibility: 'summary' }));
    expect(v.tests[1]).toEqual({
      name: 'b',
      status: 'failed',
      passed: false,
      points: 0,
      maxPoints: 1,
      message: 'Not passed (failed).',
    });
    expect(v.output).toBeUndefined();
  });

  it('shows details only after the due date', () => {
    const m = manifest({ visibility: 'after-due', due: '2026-06-01T00:00:00Z' });
    expect(
      visibleResult(result, m, new Date('2026-05-31T00:00:00Z')).tests[1]?.diagnostics,
    ).toBeUndefined();
    expect(visibleResult(result, m, new Date('2026-06-02T00:00:00Z'))).toBe(result);
  });
});

describe('attemptScore', () => {
  it.each([
    { score: 1, attempt: 1, expected: { allowed: true, score: 1 } },
    { score: 0.8, attempt: 3, expected: { allowed: true, score: 0.64 } },
    { score: 1, attempt: 12, expected: { allowed: true, score: 0 } },
  ])('applies the penalty per earlier attempt: $attempt', ({ score, attempt, expected }) => {
    expect(attemptScore(score, attempt, { max: null, penaltyPerAttempt: 0.1 })).toEqual(expected);
  });

  it('refuses attempts past the maximum', () => {
    expect(attemptScore(1, 6, { max: 5, penaltyPerAttempt: 0 })).toEqual({
      allowed: false,
      score: 0,
    });
  });
});
