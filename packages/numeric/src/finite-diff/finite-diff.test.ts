import { describe, expect, it } from 'vitest';
import { NumericInputError } from '../tensor/errors.ts';
import {
  backwardDifference,
  centralDifference,
  derivative,
  forwardDifference,
} from './difference.ts';
import { limitTable } from './limit-table.ts';
import { numericalGradient, numericalHessian, numericalJacobian } from './multivariate.ts';
import { defaultStep } from './step.ts';

describe('difference quotients', () => {
  it.each([
    { name: 'forward', d: forwardDifference, tol: 1e-7 },
    { name: 'backward', d: backwardDifference, tol: 1e-7 },
    { name: 'central', d: centralDifference, tol: 1e-9 },
  ])('$name difference with the default step is accurate', ({ d, tol }) => {
    for (const x of [-2, 0.5, 1, 30]) {
      expect(Math.abs(d(Math.sin, x) - Math.cos(x))).toBeLessThan(tol * Math.max(1, Math.abs(x)));
    }
  });

  it('shows O(h) and O(h²) truncation error', () => {
    const f = Math.exp;
    const e1 = Math.abs(derivative(f, 0, { method: 'forward', h: 1e-2 }) - 1);
    const e2 = Math.abs(derivative(f, 0, { method: 'forward', h: 1e-3 }) - 1);
    expect(e1 / e2).toBeCloseTo(10, 0);
    const c1 = Math.abs(derivative(f, 0, { h: 1e-2 }) - 1);
    const c2 = Math.abs(derivative(f, 0, { h: 1e-3 }) - 1);
    expect(c1 / c2).toBeCloseTo(100, -1);
  });

  it('picks steps that scale with |x|', () => {
    expect(defaultStep('central', 1)).toBeCloseTo(6.06e-6, 8);
    expect(defaultStep('central', 1000) / defaultStep('central', 1)).toBeCloseTo(1000, 3);
    expect(defaultStep('forward', 0)).toBeCloseTo(1.49e-8, 9);
  });

  it.each([0, Number.NaN, Number.POSITIVE_INFINITY])('rejects the step h = %s', (h) => {
    expect(() => derivative(Math.sin, 1, { h })).toThrow(NumericInputError);
    expect(() => derivative(Math.sin, 1, { h })).toThrow('step h must be finite and non-zero');
  });

  it('rejects non-finite points and functions that return NaN', () => {
    expect(() => centralDifference(Math.sin, Number.NaN)).toThrow(NumericInputError);
    expect(() => centralDifference(Math.log, 0)).toThrow('returned NaN');
  });
});

describe('multivariate', () => {
  it('gradient, Jacobian and Hessian of known functions', () => {
    const g = numericalGradient(([x, y]) => x! * x! * y! + Math.sin(y!), [1.5, -0.5]);
    expect(g[0]).toBeCloseTo(2 * 1.5 * -0.5, 8);
    expect(g[1]).toBeCloseTo(1.5 ** 2 + Math.cos(-0.5), 8);
    const J = numericalJacobian(([x, y]) => [x! * y!, x! + y!, Math.exp(x!)], [2, 3]);
    const want = [
      [3, 2],
      [1, 1],
      [Math.exp(2), 0],
    ];
    for (const [i, row] of J.entries()) {
      for (const [j, v] of row.entries()) expect(v).toBeCloseTo(want[i]![j]!, 6);
    }
    const H = numericalHessian(([x, y]) => x! ** 3 * y! + y! * y!, [1, 2]);
    const wantH = [
      [12, 3],
      [3, 2],
    ];
    for (const [i, row] of H.entries()) {
      for (const [j, v] of row.entries()) expect(v).toBeCloseTo(wantH[i]![j]!, 5);
    }
  });

  it('names the coordinate when x is not finite', () => {
    expect(() => numericalGradient(([x]) => x!, [1, Number.NaN])).toThrow(
      'x[1] must be a finite number, got NaN',
    );
  });
});

describe('limit table', () => {
  it('converges, then breaks down from round-off', () => {
    const rows = limitTable(Math.sin, 1, { exact: Math.cos(1) });
    expect(rows).toHaveLength(16);
    expect(rows[0]!.h).toBe(0.1);
    const errors = rows.map((r) => r.error);
    const best = errors.indexOf(Math.min(...errors));
    expect(rows[best]!.h).toBeGreaterThanOrEqual(1e-9);
    expect(rows[best]!.h).toBeLessThanOrEqual(1e-7);
    expect(errors[0]! / errors[3]!).toBeCloseTo(1000, -2); // O(h) while truncation dominates
    expect(errors[15]!).toBeGreaterThan(errors[best]! * 1000); // round-off takes over
  });

  it('supports central differences and custom steps', () => {
    const rows = limitTable((x) => x ** 3, 2, { method: 'central', hs: [0.1, 0.01], exact: 12 });
    expect(rows.map((r) => r.h)).toEqual([0.1, 0.01]);
    expect(rows[0]!.error).toBeCloseTo(0.01, 10);
    expect(rows[1]!.error).toBeCloseTo(0.0001, 10);
  });
});
