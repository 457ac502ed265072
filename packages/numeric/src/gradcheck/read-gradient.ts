import { formatShape, NumericInputError } from '../tensor/errors.ts';
import { type ParseResult, parseNested } from '../tensor/nested.ts';
import { sizeOf } from '../tensor/shape.ts';
import { Tensor } from '../tensor/tensor.ts';

/**
 * Read a gradient from whatever it came as (Tensor, typed array, number, nested arrays — possibly
 * ragged or holding strings) without throwing. With `shape`, flat data of the same size is
 * reshaped to it.
 */
export function readGradient(value: unknown, shape?: readonly number[]): ParseResult {
  const parsed: ParseResult =
    value instanceof Tensor
      ? { ok: true, data: value.data, shape: [...value.shape] }
      : parseNested(value);
  if (parsed.ok && shape && sizeOf(shape) === parsed.data.length) {
    return { ok: true, data: parsed.data, shape: [...shape] };
  }
  return parsed;
}

/** The reference side must be valid: a broken expected gradient is the grader's bug, so throw. */
export function readExpected(
  op: string,
  value: unknown,
  shape?: readonly number[],
): { data: Float64Array; shape: number[] } {
  const parsed = readGradient(value, shape);
  if (!parsed.ok) {
    throw new NumericInputError(
      op,
      `expected gradient is not a rectangular array of numbers: entry [${parsed.path.join(', ')}] ${parsed.detail}`,
    );
  }
  if (shape && sizeOf(shape) !== parsed.data.length) {
    throw new NumericInputError(
      op,
      `expected gradient has shape ${formatShape(parsed.shape)}, which does not fit the given shape ${formatShape(shape)}`,
      [parsed.shape, shape],
    );
  }
  const bad = parsed.data.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    throw new NumericInputError(
      op,
      `expected gradient contains ${parsed.data[bad]} at flat index ${bad} (shape ${formatShape(parsed.shape)})`,
      [parsed.shape],
    );
  }
  return parsed;
}
