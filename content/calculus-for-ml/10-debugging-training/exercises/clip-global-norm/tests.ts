import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';

/** `layers` rows of `size` entries; layer k scaled by scales[k] so the layers' norms differ. */
function grads(rng: Rng, layers: number, size: number, scales: number[]): number[][] {
  return Array.from({ length: layers }, (_, k) =>
    Array.from({ length: size }, () => rng.normal(0, scales[k % scales.length]!)),
  );
}

const norm = (g: number[][]) => Math.sqrt(g.flat().reduce((s, v) => s + v * v, 0));

/**
 * 12 cases. Clipped (norm well above c, layers of very different sizes so per-layer clipping is
 * wrong), not clipped (norm below c: a ×c/‖g‖ everywhere or a missing min is wrong), a zero
 * gradient, and poisoned steps with NaN, Infinity and −Infinity at a random place, where the
 * answer is all zeros. NaN and ±Infinity reach the sandbox as they are (the inputs are float64).
 */
export const tests = defineTests({
  check: { kind: 'close', rtol: 1e-9, atol: 1e-12 },
  *cases(rng) {
    const clipped: [layers: number, size: number, scales: number[], c: number][] = [
      [3, 4, [5, 0.5, 2], 1],
      [2, 6, [1, 10], 2],
      [4, 3, [3], 0.5],
      [5, 2, [0.2, 4, 1], 1],
      [2, 8, [20, 1], 5],
    ];
    for (const [k, [layers, size, scales, c]] of clipped.entries()) {
      yield {
        name: `clipped ${k + 1} (${layers} layers)`,
        args: [grads(rng, layers, size, scales), c],
      };
    }
    for (let k = 0; k < 3; k++) {
      const g = grads(rng, 2 + k, 3, [0.3, 1, 0.1]);
      const c = norm(g) * rng.uniform(1.2, 3);
      yield { name: `small enough ${k + 1}`, args: [g, c] };
    }
    yield {
      name: 'all zeros',
      args: [
        [
          [0, 0, 0],
          [0, 0, 0],
        ],
        1,
      ],
    };
    const poisons: [string, number][] = [
      ['a NaN', Number.NaN],
      ['an Infinity', Number.POSITIVE_INFINITY],
      ['a -Infinity', Number.NEGATIVE_INFINITY],
    ];
    for (const [what, bad] of poisons) {
      const g = grads(rng, 3, 4, [2, 1]);
      g[rng.int(3)]![rng.int(4)] = bad;
      yield { name: `poisoned by ${what}`, args: [g, 1] };
    }
  },
});
