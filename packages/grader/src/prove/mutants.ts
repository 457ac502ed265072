import type { Numeric } from '../runner/values.ts';

/** A known-wrong variant of the reference: a transformation of its output (null: n/a). */
export interface Mutant {
  label: string;
  apply: (out: Numeric) => Numeric | null;
}

const map = (out: Numeric, f: (v: number) => number): Numeric => ({
  shape: out.shape,
  values: out.values.map(f),
});

/** The mutants every exercise's hidden tests must catch. */
export const mutants: readonly Mutant[] = [
  { label: '×2', apply: (o) => map(o, (v) => 2 * v) },
  { label: '×½', apply: (o) => map(o, (v) => v / 2) },
  { label: 'negated', apply: (o) => map(o, (v) => -v) },
  {
    label: 'transposed',
    apply: (o) => {
      if (o.shape.length !== 2) return null;
      const [r, c] = o.shape as [number, number];
      const values = new Float64Array(r * c);
      for (let i = 0; i < r; i++)
        for (let j = 0; j < c; j++) values[j * r + i] = o.values[i * c + j]!;
      return { shape: [c, r], values };
    },
  },
  {
    // The largest component, so the mutant differs wherever the output is non-trivial.
    label: 'one component zeroed',
    apply: (o) => {
      let k = 0;
      o.values.forEach((v, i) => {
        if (Math.abs(v) > Math.abs(o.values[k]!)) k = i;
      });
      const values = o.values.slice();
      values[k] = 0;
      return { shape: o.shape, values };
    },
  },
  {
    label: 'off-by-one shift',
    apply: (o) => {
      if (o.values.length < 2) return null;
      const n = o.values.length;
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = o.values[(i + 1) % n]!;
      return { shape: o.shape, values };
    },
  },
];
