/**
 * Classical item analysis for one question. Each respondent has `item`: 1 when their first
 * attempt was right, else 0; and `rest`: their score on the *other* questions (0..1), or null
 * when they answered no other question (they count for difficulty only).
 */
export interface Respondent {
  item: 0 | 1;
  rest: number | null;
}

export interface ItemAnalysis {
  respondents: number;
  /** difficulty index p: the share right on the first attempt (higher = easier) */
  difficulty: number | null;
  /**
   * discrimination index D = p(upper group) − p(lower group), the groups being the top and
   * bottom 27 % by rest score; from −1 to 1, ≥ 0.3 is usually good, < 0 flags a faulty item
   */
  discrimination: number | null;
  /** learners in each of the two groups */
  groupSize: number;
  /** corrected point-biserial correlation between the item and the rest score */
  pointBiserial: number | null;
}

/** Kelley's 27 %: the share of respondents in each of the upper and lower groups. */
export const GROUP_FRACTION = 0.27;

/**
 * @example
 * analyseItem([{ item: 1, rest: 0.9 }, { item: 0, rest: 0.2 }]).discrimination // 1
 */
export function analyseItem(respondents: readonly Respondent[]): ItemAnalysis {
  const n = respondents.length;
  const difficulty = n ? respondents.reduce((sum, r) => sum + r.item, 0) / n : null;
  const ranked = respondents
    .map((r, index) => ({ ...r, index }))
    .filter((r): r is { item: 0 | 1; rest: number; index: number } => r.rest !== null)
    // Ties keep their input order; the item itself never decides a learner's group.
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  const groupSize = Math.min(
    Math.floor(ranked.length / 2),
    Math.max(1, Math.round(GROUP_FRACTION * ranked.length)),
  );
  const share = (group: typeof ranked) => group.reduce((sum, r) => sum + r.item, 0) / group.length;
  const discrimination =
    groupSize > 0 ? share(ranked.slice(0, groupSize)) - share(ranked.slice(-groupSize)) : null;
  return {
    respondents: n,
    difficulty,
    discrimination,
    groupSize,
    pointBiserial: correlation(
      ranked.map((r) => r.item),
      ranked.map((r) => r.rest),
    ),
  };
}

/** Pearson's r; null for fewer than 2 pairs or when either side does not vary. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
