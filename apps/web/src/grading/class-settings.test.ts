import { describe, expect, it } from 'vitest';
import { effectiveDue, effectiveFeedback } from './class-settings';

const DUE = new Date('2026-12-01T17:00:00.000Z');
const MANIFEST_DUE = '2026-11-01T00:00:00.000Z';

describe('effectiveFeedback', () => {
  it.each([
    ['no class setting: the manifest', { visibility: 'full' }, undefined, { visibility: 'full' }],
    [
      'class: summary',
      { visibility: 'full' },
      { feedback: 'SUMMARY', dueAt: null },
      { visibility: 'summary' },
    ],
    [
      'class: full over a summary manifest',
      { visibility: 'summary' },
      { feedback: 'FULL', dueAt: null },
      { visibility: 'full' },
    ],
    [
      'class: after its own due date',
      { visibility: 'full' },
      { feedback: 'AFTER_DUE', dueAt: DUE },
      { visibility: 'after-due', due: DUE.toISOString() },
    ],
    [
      'class: after the due date, the manifest has one',
      { visibility: 'after-due', due: MANIFEST_DUE },
      { feedback: 'AFTER_DUE', dueAt: null },
      { visibility: 'after-due', due: MANIFEST_DUE },
    ],
    [
      'class due date moves the manifest’s "after the due date"',
      { visibility: 'after-due', due: MANIFEST_DUE },
      { feedback: null, dueAt: DUE },
      { visibility: 'after-due', due: DUE.toISOString() },
    ],
    [
      'a due date alone keeps a full manifest full',
      { visibility: 'full' },
      { feedback: null, dueAt: DUE },
      { visibility: 'full' },
    ],
    [
      'after the due date with no due date anywhere: summary',
      { visibility: 'full' },
      { feedback: 'AFTER_DUE', dueAt: null },
      { visibility: 'summary' },
    ],
  ] as const)('%s', (_name, manifest, setting, expected) => {
    expect(effectiveFeedback(manifest, setting)).toEqual(expected);
  });
});

describe('effectiveDue', () => {
  it('is the class due date, else the manifest’s, else none', () => {
    expect(effectiveDue({ visibility: 'full' }, { dueAt: DUE })).toEqual(DUE);
    expect(effectiveDue({ visibility: 'after-due', due: MANIFEST_DUE }, undefined)).toEqual(
      new Date(MANIFEST_DUE),
    );
    expect(effectiveDue({ visibility: 'summary' }, { dueAt: null })).toBeNull();
  });
});
