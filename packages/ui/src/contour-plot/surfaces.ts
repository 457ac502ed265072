/** 2-D losses a lesson can name in MDX (`<ContourPlot surface="elongated" />`). */
export interface Surface {
  f: (x: number, y: number) => number;
  grad: (x: number, y: number) => [number, number];
  tex: string;
  x: [number, number];
  y: [number, number];
  start: [number, number];
  learningRate: number;
  /** learning-rate slider range */
  lrRange: [number, number];
}

export const surfaces = {
  bowl: {
    f: (x, y) => x * x + y * y,
    grad: (x, y) => [2 * x, 2 * y],
    tex: 'L(w_1, w_2) = w_1^2 + w_2^2',
    x: [-3, 3],
    y: [-3, 3],
    start: [-2.5, 2],
    learningRate: 0.1,
    lrRange: [0.005, 1.1],
  },
  elongated: {
    f: (x, y) => 0.5 * x * x + 5 * y * y,
    grad: (x, y) => [x, 10 * y],
    tex: 'L(w_1, w_2) = \\tfrac12 w_1^2 + 5 w_2^2',
    x: [-3, 3],
    y: [-1.5, 1.5],
    start: [-2.6, 1],
    learningRate: 0.08,
    lrRange: [0.005, 0.25],
  },
  rosenbrock: {
    f: (x, y) => (1 - x) ** 2 + 10 * (y - x * x) ** 2,
    grad: (x, y) => [-2 * (1 - x) - 40 * x * (y - x * x), 20 * (y - x * x)],
    tex: 'L = (1 - w_1)^2 + 10\\,(w_2 - w_1^2)^2',
    x: [-2, 2],
    y: [-1, 3],
    start: [-1.5, 2.5],
    learningRate: 0.01,
    lrRange: [0.0005, 0.05],
  },
} satisfies Record<string, Surface>;

export type SurfaceName = keyof typeof surfaces;

export type PathVerdict = 'converged' | 'converging' | 'oscillating' | 'crawling' | 'diverged';

/**
 * Gradient descent from `start`: the points visited, stopping early if it blows up. The
 * verdict names what a learner should see (overshoot, crawl, divergence).
 */
export function descentPath(
  surface: Pick<Surface, 'f' | 'grad'>,
  start: [number, number],
  learningRate: number,
  steps = 40,
): { points: [number, number][]; verdict: PathVerdict } {
  const points: [number, number][] = [start];
  let [x, y] = start;
  let flips = 0;
  let prev: [number, number] | null = null;
  for (let i = 0; i < steps; i++) {
    const [gx, gy] = surface.grad(x, y);
    const step: [number, number] = [-learningRate * gx, -learningRate * gy];
    if (prev && step[0] * prev[0] + step[1] * prev[1] < 0) flips += 1;
    prev = step;
    x += step[0];
    y += step[1];
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.hypot(x, y) > 1e6)
      return { points, verdict: 'diverged' };
    points.push([x, y]);
  }
  const f0 = surface.f(...start);
  const fEnd = surface.f(x, y);
  const last = points[points.length - 1]!;
  const beforeLast = points[points.length - 2]!;
  const lastMove = Math.hypot(last[0] - beforeLast[0], last[1] - beforeLast[1]);
  let verdict: PathVerdict;
  if (fEnd > f0 * 1.5) verdict = 'diverged';
  else if (fEnd < 1e-3 * Math.max(1, f0) && lastMove < 1e-3) verdict = 'converged';
  else if (flips > steps / 3) verdict = 'oscillating';
  else if (fEnd > 0.1 * f0) verdict = 'crawling';
  else verdict = 'converging';
  return { points, verdict };
}
