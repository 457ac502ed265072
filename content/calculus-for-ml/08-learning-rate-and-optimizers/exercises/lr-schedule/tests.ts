import { defineTests } from '@slope/grader';

/**
 * 9 schedules: short and long warmups, no warmup, minLr zero and not, the peak drawn at random.
 * Off-by-one warmups ((t + 1)/W), a cosine clock that runs over T instead of T − W, or a
 * forgotten minLr fail in visible places; a shift by one position fails everywhere.
 */
export const tests = defineTests({
  check: { kind: 'close', rtol: 1e-9, atol: 1e-12 },
  *cases(rng) {
    const plan: [warmup: number, total: number, minFraction: number][] = [
      [5, 30, 0],
      [10, 50, 0.1],
      [0, 20, 0],
      [0, 40, 0.05],
      [1, 12, 0],
      [25, 100, 0.01],
      [3, 8, 0.2],
      [50, 200, 0],
      [7, 15, 0.5],
    ];
    for (const [warmup, total, minFraction] of plan) {
      const peak = Number(rng.uniform(0.01, 1).toPrecision(3));
      const minLr = peak * minFraction;
      yield {
        name: `warmup ${warmup}, ${total} steps${minLr > 0 ? ', minLr > 0' : ''}`,
        args: [peak, warmup, total, minLr],
      };
    }
  },
});
