import { backward } from '../autodiff/engine.ts';
import { formatShape, NumericInputError, ShapeError } from './errors.ts';
import { type NestedArray, parseNested, toNested } from './nested.ts';
import { sizeOf, stridesOf } from './shape.ts';

/** Gradient of the output w.r.t. each parent, given the gradient `g` of the output (null = none). */
export type BackwardFn = (g: Tensor) => (Tensor | null)[];

export interface TensorOptions {
  requiresGrad?: boolean;
  op?: string;
  parents?: readonly Tensor[];
  backwardFn?: BackwardFn | null;
  label?: string;
}

/**
 * A dense n-dimensional array of float64 in row-major order, and a node of the autodiff graph.
 * Tensors are treated as immutable by every op; only optimizers update `data` in place.
 *
 * @example
 * const w = tensor([[1, 2], [3, 4]], { requiresGrad: true });
 * sum(mul(w, w)).backward();
 * w.grad?.toArray(); // [[2, 4], [6, 8]]
 */
export class Tensor {
  readonly data: Float64Array;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly size: number;
  requiresGrad: boolean;
  /** Accumulated gradient of the last `backward()` calls (leaves only); reset with `zeroGrad`. */
  grad: Tensor | null = null;
  readonly op: string;
  readonly parents: readonly Tensor[];
  readonly backwardFn: BackwardFn | null;
  label: string | undefined;

  constructor(data: Float64Array, shape: readonly number[], options: TensorOptions = {}) {
    if (data.length !== sizeOf(shape)) {
      throw new ShapeError(
        'Tensor',
        `data has ${data.length} elements but shape ${formatShape(shape)} needs ${sizeOf(shape)}`,
        [shape],
      );
    }
    this.data = data;
    this.shape = shape;
    this.strides = stridesOf(shape);
    this.size = data.length;
    this.requiresGrad = options.requiresGrad ?? false;
    this.op = options.op ?? '';
    this.parents = options.parents ?? [];
    this.backwardFn = options.backwardFn ?? null;
    this.label = options.label;
  }

  /** Number of axes. */
  get rank(): number {
    return this.shape.length;
  }

  /** The single value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) {
      throw new ShapeError(
        'item',
        `needs exactly one element, got shape ${formatShape(this.shape)}`,
        [this.shape],
      );
    }
    return this.data[0]!;
  }

  /** Element at a multi-index, e.g. `t.get(1, 0)`. */
  get(...index: number[]): number {
    if (index.length !== this.rank) {
      throw new ShapeError(
        'get',
        `index [${index.join(', ')}] does not fit shape ${formatShape(this.shape)}`,
        [this.shape],
      );
    }
    let flat = 0;
    for (let i = 0; i < index.length; i++) {
      const k = index[i]!;
      if (!Number.isInteger(k) || k < 0 || k >= this.shape[i]!) {
        throw new ShapeError(
          'get',
          `index [${index.join(', ')}] is out of range for shape ${formatShape(this.shape)}`,
          [this.shape],
        );
      }
      flat += k * this.strides[i]!;
    }
    return this.data[flat]!;
  }

  /** Nested plain arrays (a number for a scalar). */
  toArray(): NestedArray {
    return toNested(this.data, this.shape);
  }

  /** Reverse-mode autodiff from this scalar: accumulates into `.grad` of every leaf that requires it. */
  backward(seed?: Tensor): void {
    backward(this, seed);
  }

  /** Same values, no graph history (a constant). */
  detach(): Tensor {
    return new Tensor(this.data, this.shape);
  }

  toString(): string {
    return `Tensor(${formatShape(this.shape)}) ${JSON.stringify(this.toArray())}`;
  }
}

/** Anything the ops accept where a tensor is expected. */
export type TensorLike = Tensor | NestedArray | Float64Array;

/**
 * Create a tensor from a number, nested arrays or flat data with a shape.
 *
 * @example
 * tensor([[1, 2, 3], [4, 5, 6]]).shape          // [2, 3]
 * tensor([1, 2, 3, 4], { shape: [2, 2] }).shape // [2, 2]
 */
export function tensor(
  value: TensorLike,
  options: { shape?: readonly number[]; requiresGrad?: boolean; label?: string } = {},
): Tensor {
  let data: Float64Array;
  let shape: readonly number[];
  if (value instanceof Tensor) {
    data = value.data.slice();
    shape = value.shape;
  } else {
    const parsed = parseNested(value);
    if (!parsed.ok) {
      const where = parsed.path.length ? ` at [${parsed.path.join(', ')}]` : '';
      const Err = parsed.reason === 'ragged' ? ShapeError : NumericInputError;
      throw new Err(
        'tensor',
        `input is not a rectangular array of numbers: entry${where} ${parsed.detail}`,
      );
    }
    data = parsed.data;
    shape = parsed.shape;
  }
  if (options.shape) {
    if (sizeOf(options.shape) !== data.length) {
      throw new ShapeError(
        'tensor',
        `${data.length} values do not fill shape ${formatShape(options.shape)}`,
        [shape, options.shape],
      );
    }
    shape = options.shape;
  }
  return new Tensor(data, [...shape], {
    requiresGrad: options.requiresGrad ?? false,
    label: options.label,
  });
}

/** Pass tensors through; wrap anything else as a constant tensor. */
export function asTensor(value: TensorLike): Tensor {
  return value instanceof Tensor ? value : tensor(value);
}
