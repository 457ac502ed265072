/**
 * Functions a lesson can name in MDX (`<FunctionPlot fn="square" />`): server components can
 * only pass serialisable props, so functions are chosen by name. Client code may pass `f`.
 */
export interface FunctionPreset {
  f: (x: number) => number;
  /** exact derivative, when known (else a central difference is used) */
  df?: (x: number) => number;
  /** TeX for the legend */
  tex: string;
  x: [number, number];
  y: [number, number];
  /** where the point starts */
  x0: number;
  /** the axes' names, when the lesson calls them something else than x and f(x) */
  xLabel?: string;
  yLabel?: string;
}

export const functionPresets = {
  square: { f: (x) => x * x, df: (x) => 2 * x, tex: 'f(x) = x^2', x: [-3, 3], y: [-1, 9], x0: 1 },
  cubic: {
    f: (x) => x ** 3 - 3 * x,
    df: (x) => 3 * x * x - 3,
    tex: 'f(x) = x^3 - 3x',
    x: [-3, 3],
    y: [-5, 5],
    x0: 0.5,
  },
  sin: { f: Math.sin, df: Math.cos, tex: 'f(x) = \\sin x', x: [-4, 4], y: [-2, 2], x0: 0.8 },
  exp: { f: Math.exp, df: Math.exp, tex: 'f(x) = e^x', x: [-3, 2.5], y: [-1, 8], x0: 0.5 },
  sigmoid: {
    f: (x) => 1 / (1 + Math.exp(-x)),
    df: (x) => {
      const s = 1 / (1 + Math.exp(-x));
      return s * (1 - s);
    },
    tex: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
    x: [-6, 6],
    y: [-0.25, 1.25],
    x0: 1,
  },
  loss: {
    // the one-weight loss of lesson 1: L(w) = mean((w x − y)²) with x = [1,2,3], y = 2x
    f: (w) => (14 / 3) * (w - 2) ** 2,
    df: (w) => (28 / 3) * (w - 2),
    tex: 'L(w) = \\tfrac{14}{3}(w - 2)^2',
    x: [-0.5, 4.5],
    y: [-2, 30],
    x0: 0.5,
    xLabel: 'w',
    yLabel: 'L(w)',
  },
} satisfies Record<string, FunctionPreset>;

export type FunctionPresetName = keyof typeof functionPresets;

/** Central difference, for functions without an exact derivative. */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** Slope of the secant through x and x + h: the limit definition before the limit. */
export function secantSlope(f: (x: number) => number, x: number, h: number): number {
  return (f(x + h) - f(x)) / h;
}

/**
 * A grid step of 1, 2 or 5 × 10^k that puts about `target` lines across `span`, so an axis from
 * −2 to 30 is labelled every 5, not at every integer.
 *
 * @example gridStep(32) // 5
 */
export function gridStep(span: number, target = 7): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const nice = scaled < 1.5 ? 1 : scaled < 3.5 ? 2 : scaled < 7.5 ? 5 : 10;
  return nice * power;
}
