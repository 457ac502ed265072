import { type LearningRate, rateAt } from '../schedules/schedule.ts';
import { formatShape, NumericInputError, ShapeError } from '../tensor/errors.ts';
import { shapesEqual } from '../tensor/shape.ts';
import type { Tensor } from '../tensor/tensor.ts';

/**
 * Updates parameters in place from their gradients. State (velocities, moment estimates) is
 * kept per parameter tensor.
 */
export interface Optimizer {
  readonly name: string;
  /** Steps taken so far (the schedule is evaluated at this number). */
  readonly iterations: number;
  /** The learning rate the next `step` will use. */
  learningRate(): number;
  /** One update of every parameter; `grads` default to each parameter's `.grad`. */
  step(params: readonly Tensor[], grads?: readonly (Tensor | null)[]): void;
}

/** One parameter's update: `p` and `g` are flat data, `state` its persistent buffers, `t` the 1-based step. */
export type UpdateRule = (
  p: Float64Array,
  g: Float64Array,
  state: Float64Array[],
  lr: number,
  t: number,
) => void;

/** Build an optimizer from an update rule with `buffers` zero-initialised state arrays per parameter. */
export function makeOptimizer(
  name: string,
  lr: LearningRate,
  buffers: number,
  update: UpdateRule,
): Optimizer {
  if (typeof lr === 'number') rateAt(lr, 0);
  const state = new Map<Tensor, Float64Array[]>();
  let iterations = 0;
  return {
    name,
    get iterations() {
      return iterations;
    },
    learningRate: () => rateAt(lr, iterations),
    step(params, grads) {
      const rate = rateAt(lr, iterations);
      params.forEach((p, i) => {
        const g = grads ? grads[i] : p.grad;
        if (!g) return;
        if (!shapesEqual(g.shape, p.shape)) {
          throw new ShapeError(
            `${name}.step`,
            `gradient shape ${formatShape(g.shape)} does not match parameter shape ${formatShape(p.shape)} (parameter ${i})`,
            [g.shape, p.shape],
          );
        }
        const bad = g.data.findIndex((v) => !Number.isFinite(v));
        if (bad >= 0) {
          throw new NumericInputError(
            `${name}.step`,
            `gradient of parameter ${i} (shape ${formatShape(p.shape)}) has ${g.data[bad]} at flat index ${bad}; refusing to corrupt the parameters`,
            [p.shape],
          );
        }
        let s = state.get(p);
        if (!s) {
          s = Array.from({ length: buffers }, () => new Float64Array(p.size));
          state.set(p, s);
        }
        update(p.data, g.data, s, rate, iterations + 1);
      });
      iterations++;
    },
  };
}
