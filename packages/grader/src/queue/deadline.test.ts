import { describe, expect, it, vi } from 'vitest';
import { withDeadline } from './deadline.ts';

describe('withDeadline', () => {
  it('answers with the work when it settles in time, and with its rejection', async () => {
    await expect(withDeadline(Promise.resolve(7), 1000, () => new Error('late'))).resolves.toBe(7);
    await expect(
      withDeadline(Promise.reject(new Error('own')), 1000, () => new Error('late')),
    ).rejects.toThrow('own');
  });

  it('rejects with the late error once the time is up, made only then', async () => {
    vi.useFakeTimers();
    try {
      const late = vi.fn(() => new Error('no answer in 50 ms'));
      const never = new Promise<never>(() => {});
      const raced = withDeadline(never, 50, late);
      const outcome = expect(raced).rejects.toThrow('no answer in 50 ms');
      await vi.advanceTimersByTimeAsync(49);
      expect(late).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await outcome;
      expect(late).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('clears its timer when the work settles first', async () => {
    vi.useFakeTimers();
    try {
      await withDeadline(Promise.resolve('done'), 10_000, () => new Error('late'));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
