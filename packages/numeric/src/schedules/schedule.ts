import { NumericInputError } from '../tensor/errors.ts';

/** A learning-rate schedule: the rate to use at step 0, 1, 2, … */
export type Schedule = (step: number) => number;

/** A fixed learning rate or a schedule. */
export type LearningRate = number | Schedule;

/** Throw NumericInputError unless `value` is a finite number >= 0 (> 0 when `positive`). */
export function checkRate(op: string, name: string, value: number, positive = false): void {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (positive && value === 0)
  ) {
    throw new NumericInputError(
      op,
      `${name} must be a finite number ${positive ? '> 0' : '>= 0'}, got ${value}`,
    );
  }
}

/**
 * The learning rate at `step` for a number or a schedule, validated.
 *
 * @example
 * rateAt(exponentialDecay(0.1, 0.5), 2) // 0.025
 */
export function rateAt(lr: LearningRate, step: number): number {
  const value = typeof lr === 'number' ? lr : lr(step);
  checkRate('learning rate', `value at step ${step}`, value);
  return value;
}

/**
 * The same rate at every step.
 *
 * @example
 * constant(0.1)(100) // 0.1
 */
export function constant(lr: number): Schedule {
  checkRate('constant', 'lr', lr);
  return () => lr;
}

/**
 * Multiply by `gamma` every `every` steps: lr·gamma^⌊step/every⌋.
 *
 * @example
 * stepDecay(1, { every: 10, gamma: 0.5 })(25) // 0.25
 */
export function stepDecay(lr: number, options: { every: number; gamma: number }): Schedule {
  checkRate('stepDecay', 'lr', lr);
  checkRate('stepDecay', 'gamma', options.gamma);
  if (!Number.isInteger(options.every) || options.every < 1) {
    throw new NumericInputError(
      'stepDecay',
      `every must be a whole number >= 1, got ${options.every}`,
    );
  }
  return (step) => lr * options.gamma ** Math.floor(step / options.every);
}

/**
 * Smooth decay lr·gamma^step.
 *
 * @example
 * exponentialDecay(1, 0.9)(2) // 0.81
 */
export function exponentialDecay(lr: number, gamma: number): Schedule {
  checkRate('exponentialDecay', 'lr', lr);
  checkRate('exponentialDecay', 'gamma', gamma);
  return (step) => lr * gamma ** step;
}

/**
 * Cosine annealing from `lr` to `minLr` over `steps` steps, then `minLr`.
 *
 * @example
 * cosineDecay(1, { steps: 100 })(50) // 0.5
 */
export function cosineDecay(lr: number, options: { steps: number; minLr?: number }): Schedule {
  const minLr = options.minLr ?? 0;
  checkRate('cosineDecay', 'lr', lr);
  checkRate('cosineDecay', 'minLr', minLr);
  checkRate('cosineDecay', 'steps', options.steps, true);
  return (step) => {
    const t = Math.min(step, options.steps) / options.steps;
    return minLr + ((lr - minLr) * (1 + Math.cos(Math.PI * t))) / 2;
  };
}

/**
 * Linear warm-up over `steps` steps into any rate or schedule (which then starts at its step 0):
 * rate·(step + 1)/steps during warm-up. Composes: `linearWarmup(cosineDecay(…), { steps: 5 })`.
 *
 * @example
 * linearWarmup(0.1, { steps: 4 })(1) // 0.05
 */
export function linearWarmup(after: LearningRate, options: { steps: number }): Schedule {
  if (!Number.isInteger(options.steps) || options.steps < 0) {
    throw new NumericInputError(
      'linearWarmup',
      `steps must be a whole number >= 0, got ${options.steps}`,
    );
  }
  const next: Schedule = typeof after === 'number' ? constant(after) : after;
  return (step) =>
    step < options.steps ? (next(0) * (step + 1)) / options.steps : next(step - options.steps);
}
