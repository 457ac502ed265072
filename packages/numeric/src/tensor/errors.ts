/** Format a shape the way error messages print it: `[2, 3]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Base class of every error thrown by `@slope/numeric`; `op` names the operation that failed. */
export class NumericError extends Error {
  readonly op: string;
  constructor(op: string, message: string) {
    super(`${op}: ${message}`);
    this.name = 'NumericError';
    this.op = op;
  }
}

/**
 * Thrown when shapes do not fit together. The message names the op and every shape involved.
 *
 * @example
 * add(zeros([2, 3]), zeros([4])) // ShapeError: add: cannot broadcast shapes [2, 3] and [4]
 */
export class ShapeError extends NumericError {
  readonly shapes: readonly (readonly number[])[];
  constructor(op: string, message: string, shapes: readonly (readonly number[])[] = []) {
    super(op, message);
    this.name = 'ShapeError';
    this.shapes = shapes;
  }
}

/**
 * Thrown for a value the op cannot accept: NaN/Inf where not allowed, a zero step,
 * a log of a negative number, a non-numeric entry.
 *
 * @example
 * derivative(Math.sin, 0, { h: 0 }) // NumericInputError: derivative: step h must be finite and non-zero, got 0
 */
export class NumericInputError extends NumericError {
  readonly shapes: readonly (readonly number[])[];
  constructor(op: string, message: string, shapes: readonly (readonly number[])[] = []) {
    super(op, message);
    this.name = 'NumericInputError';
    this.shapes = shapes;
  }
}
