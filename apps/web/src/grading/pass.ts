/**
 * A raw score (before the attempt and hint penalties) at least this passes: a perfect score,
 * give or take the floating-point error of summing the tests' weights.
 */
export const PASS = 1 - 1e-9;
