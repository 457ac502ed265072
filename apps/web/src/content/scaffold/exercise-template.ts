/**
 * The files of a new exercise: a tiny, complete one (the gradient of a squared distance) that
 * passes the proof, for the author to replace piece by piece.
 */
export function exerciseFiles(id: string): Record<string, string> {
  return {
    'manifest.json': `${JSON.stringify(
      {
        id,
        title: 'TODO: title (gradient of a squared distance)',
        points: 10,
        signature: {
          name: 'grad',
          params: [
            { name: 'w', type: 'vector' },
            { name: 'target', type: 'vector' },
          ],
        },
        limits: { timeMs: 1000, memoryMb: 32 },
        attempts: { max: null, penaltyPerAttempt: 0 },
        feedback: { visibility: 'full' },
      },
      null,
      2,
    )}\n`,
    'prompt.mdx': `TODO: the task. This example asks for the gradient of the squared distance

$$
L(w) = \\sum_i (w_i - t_i)^2 .
$$

Write \`grad(w, target)\` that returns $\\nabla L(w)$, one number per weight.
`,
    'starter.ts': `/** ∇ of Σ (w_i − t_i)² with respect to w. */
export function grad(w: number[], target: number[]): number[] {
  // TODO: one partial derivative per weight.
  return w.map(() => 0);
}
`,
    'solution.ts': `/** ∇ of Σ (w_i − t_i)² with respect to w: 2 (w − t). Hidden: never reaches the browser. */
export function grad(w: number[], target: number[]): number[] {
  return w.map((wi, i) => 2 * (wi - target[i]!));
}
`,
    'tests.ts': `import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';

const normals = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.normal());

/**
 * Hidden tests: cases generated from a seed per learner, checked against the reference's
 * outputs. Keep the expected values away from 0 so a ×2 or sign mistake cannot pass.
 */
export const tests = defineTests({
  check: { kind: 'gradient', rtol: 1e-6, atol: 1e-9 },
  *cases(rng) {
    for (let k = 0; k < 8; k++) {
      const n = 2 + k;
      yield { name: \`\${n} weights\`, args: [normals(rng, n), normals(rng, n)] };
    }
  },
});
`,
    'examples.json': `${JSON.stringify(
      [
        {
          name: 'two weights',
          args: [
            [1, 2],
            [0, 0],
          ],
          expected: [2, 4],
        },
      ],
      null,
      2,
    )}\n`,
  };
}
