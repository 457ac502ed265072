/** p(t) = c0 + c1·t + c2·t² + … by Horner's rule. */
function evaluate(coeffs: number[], t: number): number {
  let p = 0;
  for (let k = coeffs.length - 1; k >= 0; k--) p = p * t + coeffs[k]!;
  return p;
}

/** Central difference (p(x + h) − p(x − h)) / 2h of the polynomial c0 + c1·x + c2·x² + … */
export function slopeAt(coeffs: number[], x: number, h: number): number {
  return (evaluate(coeffs, x + h) - evaluate(coeffs, x - h)) / (2 * h);
}
