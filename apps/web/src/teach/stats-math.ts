/**
 * The median of a list (the mean of the two middle values for an even count); null when empty.
 *
 * @example median([3, 1, 2]) // 2
 * @example median([4, 1, 3, 2]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Bin {
  label: string;
  count: number;
}

/**
 * Scores 0..1 (each with how many learners have it) in ten 10-point bins and a bin of its own
 * for a perfect score, so "passed" stands apart from "almost".
 *
 * @example scoreBins([{ score: 1, count: 3 }, { score: 0.95, count: 1 }]).at(-1) // { label: '100%', count: 3 }
 */
export function scoreBins(scores: ReadonlyArray<{ score: number; count: number }>): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, i) => ({
    label: `${i * 10}–${i * 10 + 9}%`,
    count: 0,
  }));
  bins.push({ label: '100%', count: 0 });
  for (const { score, count } of scores) {
    const pct = Math.round(score * 1e6) / 1e4; // 0.1 * 100 is 10.000000000000002
    const index = pct >= 100 ? 10 : Math.max(0, Math.min(9, Math.floor(pct / 10)));
    bins[index]!.count += count;
  }
  return bins;
}
