import { describe, expect, it } from 'vitest';
import { hintFactor, hintOpen, solutionReason } from './aids-policy';

const policy = { openAfterFailed: [1, 3], requestPenalty: 0.1 };
const now = new Date('2026-12-03T12:00:00Z');
const facts = {
  failed: 0,
  spent: 0,
  passed: false,
  requested: new Set<number>(),
  solutionAfterDue: false,
  due: null,
  now,
};

describe('hintOpen', () => {
  it('opens each hint after its failed attempts, or when asked for; a hint beyond the list only when asked', () => {
    expect([0, 1, 2].map((i) => hintOpen(i, policy, { ...facts, failed: 0 }))).toEqual([
      false,
      false,
      false,
    ]);
    expect([0, 1, 2].map((i) => hintOpen(i, policy, { ...facts, failed: 1 }))).toEqual([
      true,
      false,
      false,
    ]);
    expect([0, 1, 2].map((i) => hintOpen(i, policy, { ...facts, failed: 9 }))).toEqual([
      true,
      true,
      false,
    ]);
    expect(hintOpen(2, policy, { ...facts, requested: new Set([2]) })).toBe(true);
  });
});

describe('solutionReason', () => {
  const limited = { attempts: { max: 3, penaltyPerAttempt: 0 } };
  it('is closed until the learner passes, spends every attempt, or the class opens it after the due date', () => {
    expect(solutionReason(limited, { ...facts, spent: 2 })).toBeNull();
    expect(solutionReason(limited, { ...facts, passed: true })).toBe('passed');
    expect(solutionReason(limited, { ...facts, spent: 3 })).toBe('attempts-spent');
    expect(
      solutionReason({ attempts: { max: null, penaltyPerAttempt: 0 } }, { ...facts, spent: 99 }),
    ).toBeNull();
  });
  it('opens after the due date only when the class allows it, and only once it has passed', () => {
    const past = new Date(now.getTime() - 1);
    const future = new Date(now.getTime() + 1);
    expect(solutionReason(limited, { ...facts, due: past })).toBeNull();
    expect(solutionReason(limited, { ...facts, due: future, solutionAfterDue: true })).toBeNull();
    expect(solutionReason(limited, { ...facts, due: past, solutionAfterDue: true })).toBe(
      'after-due',
    );
    expect(solutionReason(limited, { ...facts, due: null, solutionAfterDue: true })).toBeNull();
  });
});

describe('hintFactor', () => {
  it('takes the penalty off once per hint asked for, never below zero', () => {
    expect(hintFactor(0, policy)).toBe(1);
    expect(hintFactor(2, policy)).toBeCloseTo(0.8, 12);
    expect(hintFactor(20, policy)).toBe(0);
  });
});
