import type { TestResult } from '@slope/grader/grade-result';

export interface TestGroup {
  first: TestResult;
  /** later tests that ended the same way (same status and message) */
  rest: TestResult[];
}

export interface GroupedTests {
  /** the tests that did not pass, those that ended the same way folded into one group */
  failures: TestGroup[];
  /** every passing test, in order: the panel shows them as one collapsed row */
  passed: TestResult[];
}

/**
 * Sorts a result's tests for the panel: failures grouped by status and message, so twenty
 * hidden cases failing with one diagnosis read as one row plus "19 more tests failed the same
 * way", and the passing tests apart, whatever their messages say (they often differ only in the
 * last digits of an error).
 *
 * @example
 * groupTests([failed('a', 'sign'), passed('b'), failed('c', 'sign')])
 * // { failures: [{ first: a, rest: [c] }], passed: [b] }
 */
export function groupTests(tests: readonly TestResult[]): GroupedTests {
  const failures: TestGroup[] = [];
  const passed: TestResult[] = [];
  for (const test of tests) {
    if (test.status === 'passed') {
      passed.push(test);
      continue;
    }
    const same = failures.find(
      (group) => group.first.status === test.status && group.first.message === test.message,
    );
    if (same) same.rest.push(test);
    else failures.push({ first: test, rest: [] });
  }
  return { failures, passed };
}
