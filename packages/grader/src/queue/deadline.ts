/**
 * `work`, or the error `late()` makes if `work` has not settled after `ms`. `work` itself keeps
 * running (a promise cannot be cancelled): the caller ends what it can when the error comes.
 * The timer does not keep the process alive.
 *
 * @example
 * await withDeadline(grade(exercise, code, opts), 120_000, () => new Error('grading is stuck'));
 */
export function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
