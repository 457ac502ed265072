import { NumericInputError } from '../tensor/errors.ts';

/**
 * A scalar that remembers how it was computed — micrograd in TypeScript, for teaching backprop
 * one node at a time. Each op builds the output and a `backwardStep` that pushes
 * `out.grad` to its inputs with `+=` (a value used twice receives both contributions).
 *
 * @example
 * const a = new Value(2, 'a');
 * const b = new Value(-3, 'b');
 * const L = a.mul(b).add(a).tanh();
 * L.backward();
 * a.grad; // dL/da
 */
export class Value {
  data: number;
  grad = 0;
  label: string;
  readonly op: string;
  readonly children: readonly Value[];
  private backwardStep: () => void = () => {};

  constructor(data: number, label = '', children: readonly Value[] = [], op = '') {
    if (children.length === 0 && (typeof data !== 'number' || !Number.isFinite(data))) {
      throw new NumericInputError('Value', `data must be a finite number, got ${String(data)}`);
    }
    this.data = data;
    this.label = label;
    this.children = children;
    this.op = op;
  }

  private static of(x: Value | number): Value {
    return x instanceof Value ? x : new Value(x);
  }

  /** a + b */
  add(other: Value | number): Value {
    const o = Value.of(other);
    const out = new Value(this.data + o.data, '', [this, o], '+');
    out.backwardStep = () => {
      this.grad += out.grad;
      o.grad += out.grad;
    };
    return out;
  }

  /** a · b */
  mul(other: Value | number): Value {
    const o = Value.of(other);
    const out = new Value(this.data * o.data, '', [this, o], '×');
    out.backwardStep = () => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    };
    return out;
  }

  /** aⁿ for a constant exponent n */
  pow(n: number): Value {
    if (this.data < 0 && !Number.isInteger(n)) {
      throw new NumericInputError(
        'Value.pow',
        `negative base ${this.data} with non-integer exponent ${n}`,
      );
    }
    const out = new Value(this.data ** n, '', [this], `^${n}`);
    out.backwardStep = () => {
      this.grad += n * this.data ** (n - 1) * out.grad;
    };
    return out;
  }

  /** −a */
  neg(): Value {
    return this.mul(-1);
  }

  /** a − b */
  sub(other: Value | number): Value {
    return this.add(Value.of(other).neg());
  }

  /** a / b (b = 0 throws: the quotient would be NaN or ±∞) */
  div(other: Value | number): Value {
    const o = Value.of(other);
    if (o.data === 0) throw new NumericInputError('Value.div', `division of ${this.data} by zero`);
    return this.mul(o.pow(-1));
  }

  /** eᵃ */
  exp(): Value {
    const out = new Value(Math.exp(this.data), '', [this], 'exp');
    out.backwardStep = () => {
      this.grad += out.data * out.grad;
    };
    return out;
  }

  /** ln a (a ≤ 0 throws) */
  log(): Value {
    if (!(this.data > 0))
      throw new NumericInputError('Value.log', `input must be > 0, got ${this.data}`);
    const out = new Value(Math.log(this.data), '', [this], 'log');
    out.backwardStep = () => {
      this.grad += out.grad / this.data;
    };
    return out;
  }

  /** tanh a */
  tanh(): Value {
    const t = Math.tanh(this.data);
    const out = new Value(t, '', [this], 'tanh');
    out.backwardStep = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  /** σ(a) = 1 / (1 + e⁻ᵃ) */
  sigmoid(): Value {
    const s =
      this.data >= 0
        ? 1 / (1 + Math.exp(-this.data))
        : Math.exp(this.data) / (1 + Math.exp(this.data));
    const out = new Value(s, '', [this], 'σ');
    out.backwardStep = () => {
      this.grad += s * (1 - s) * out.grad;
    };
    return out;
  }

  /** max(a, 0) */
  relu(): Value {
    const out = new Value(Math.max(this.data, 0), '', [this], 'ReLU');
    out.backwardStep = () => {
      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  /** Every node this value depends on, inputs before the nodes that use them. */
  topologicalOrder(): Value[] {
    const order: Value[] = [];
    const seen = new Set<Value>();
    const stack: [Value, boolean][] = [[this, false]];
    while (stack.length) {
      const [v, expanded] = stack.pop()!;
      if (expanded) {
        order.push(v);
        continue;
      }
      if (seen.has(v)) continue;
      seen.add(v);
      stack.push([v, true]);
      for (let i = v.children.length - 1; i >= 0; i--) {
        const c = v.children[i]!;
        if (!seen.has(c)) stack.push([c, false]);
      }
    }
    return order;
  }

  /** Backpropagate from this node: its grad is set to 1, every other grad accumulates. */
  backward(): void {
    const order = this.topologicalOrder();
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i]!.backwardStep();
  }

  /** Set the grad of this node and everything below it to 0. */
  zeroGrad(): void {
    for (const v of this.topologicalOrder()) v.grad = 0;
  }
}
