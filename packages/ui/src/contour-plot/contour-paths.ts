import { contours } from 'd3-contour';

export interface Frame {
  x: [number, number];
  y: [number, number];
  width: number;
  height: number;
}

/** Maps loss coordinates to SVG pixels (y up). */
export function toPixel(frame: Frame, [x, y]: [number, number]): [number, number] {
  return [
    ((x - frame.x[0]) / (frame.x[1] - frame.x[0])) * frame.width,
    (1 - (y - frame.y[0]) / (frame.y[1] - frame.y[0])) * frame.height,
  ];
}

/**
 * Contour lines of f over the frame as SVG path strings, one per level. Levels are spaced
 * evenly in √L so the curvature near the minimum shows (evenly spaced losses bunch at the rim).
 */
export function contourPaths(
  f: (x: number, y: number) => number,
  frame: Frame,
  { grid = 80, levels = 12 }: { grid?: number; levels?: number } = {},
): { level: number; d: string }[] {
  const n = grid;
  const values = new Array<number>(n * n);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    // row 0 is the top of the picture
    const y = frame.y[1] - (j / (n - 1)) * (frame.y[1] - frame.y[0]);
    for (let i = 0; i < n; i++) {
      const x = frame.x[0] + (i / (n - 1)) * (frame.x[1] - frame.x[0]);
      const v = f(x, y);
      values[j * n + i] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const lo = Math.sqrt(Math.max(0, min));
  const hi = Math.sqrt(Math.max(0, max));
  const thresholds = Array.from(
    { length: levels },
    (_, k) => (lo + ((k + 1) / (levels + 1)) * (hi - lo)) ** 2,
  );
  const sx = frame.width / (n - 1);
  const sy = frame.height / (n - 1);
  return contours()
    .size([n, n])
    .thresholds(thresholds)(values)
    .map((geom) => ({
      level: geom.value,
      d: geom.coordinates
        .flatMap((polygon) =>
          polygon.map(
            (ring) =>
              `M${ring.map((pt) => `${(((pt[0] ?? 0) - 0.5) * sx).toFixed(1)},${(((pt[1] ?? 0) - 0.5) * sy).toFixed(1)}`).join('L')}Z`,
          ),
        )
        .join(''),
    }));
}
