import { describe, expect, it } from 'vitest';
import { NumericInputError } from '../tensor/errors.ts';
import {
  constant,
  cosineDecay,
  exponentialDecay,
  linearWarmup,
  rateAt,
  stepDecay,
} from './schedule.ts';

describe('schedules', () => {
  it.each([
    { name: 'constant', s: constant(0.1), steps: [0, 100], want: [0.1, 0.1] },
    {
      name: 'step',
      s: stepDecay(1, { every: 10, gamma: 0.5 }),
      steps: [0, 9, 10, 25],
      want: [1, 1, 0.5, 0.25],
    },
    { name: 'exponential', s: exponentialDecay(1, 0.9), steps: [0, 2], want: [1, 0.81] },
    {
      name: 'cosine',
      s: cosineDecay(1, { steps: 100, minLr: 0.1 }),
      steps: [0, 50, 100, 200],
      want: [1, 0.55, 0.1, 0.1],
    },
    {
      name: 'warmup',
      s: linearWarmup(0.1, { steps: 4 }),
      steps: [0, 1, 3, 4, 50],
      want: [0.025, 0.05, 0.1, 0.1, 0.1],
    },
    {
      name: 'warmup then cosine (composed)',
      s: linearWarmup(cosineDecay(1, { steps: 10 }), { steps: 2 }),
      steps: [0, 1, 2, 7, 12],
      want: [0.5, 1, 1, 0.5, 0],
    },
  ])('$name', ({ s, steps, want }) => {
    for (const [i, t] of steps.entries()) expect(s(t)).toBeCloseTo(want[i]!, 12);
  });

  it('rejects bad parameters and bad rates', () => {
    expect(() => constant(-1)).toThrow(NumericInputError);
    expect(() => stepDecay(1, { every: 0, gamma: 0.5 })).toThrow('every');
    expect(() => cosineDecay(1, { steps: 0 })).toThrow('steps');
    expect(() => rateAt(() => Number.NaN, 3)).toThrow('value at step 3');
  });
});
