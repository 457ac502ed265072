import { describe, expect, it, vi } from 'vitest';
import { throttleErrors } from './redis.ts';

describe('throttleErrors', () => {
  it('reports the first error, then at most one per period with the count it swallowed', () => {
    vi.useFakeTimers();
    try {
      const reports: [string, number][] = [];
      const onError = throttleErrors(
        (error, repeats) => reports.push([error.message, repeats]),
        1000,
      );
      for (let i = 0; i < 5; i++) onError(new Error(`refused ${i}`));
      vi.advanceTimersByTime(1000);
      onError(new Error('refused 5'));
      expect(reports).toEqual([
        ['refused 0', 0],
        ['refused 5', 4],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
