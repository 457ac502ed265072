/** Central difference (p(x + h) − p(x − h)) / 2h of the polynomial c0 + c1·x + c2·x² + … */
export function slopeAt(coeffs: number[], x: number, h: number): number {
  // TODO: write a helper that evaluates the polynomial at a point,
  // then evaluate it at x + h and x − h and combine the two values.
  return 0;
}
