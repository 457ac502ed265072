import { Rng } from '@slope/numeric';
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixtures.ts';
import { prepareCases } from './prepare.ts';

describe('prepareCases', () => {
  it("presents each case's arguments on demand, equal to what the generator made", async () => {
    const exercise = await fixture('gd-linear-regression');
    const prepared = await prepareCases(exercise, 7);
    const generated = [
      ...exercise.tests.cases(new Rng(7), { exerciseId: exercise.manifest.id, seed: 7 }),
    ];
    expect(prepared.cases).toHaveLength(generated.length);
    prepared.cases.forEach((c, i) => {
      expect(c.args()).toEqual(generated[i]!.args);
      // Fresh copies each time: a check that changes them cannot spoil the next one.
      expect(c.args()[0]).not.toBe(c.args()[0]);
    });
    expect(prepared.cases[0]!.expected.values.length).toBeGreaterThan(0);
  });

  it('hands a learner the same cases again without generating them anew', async () => {
    const exercise = await fixture('mse-gradient');
    expect(await prepareCases(exercise, 3)).toBe(await prepareCases(exercise, 3));
  });
});
