import type { TestResult } from '@slope/grader/grade-result';

export interface TestGroup {
  first: TestResult;
  /** consecutive tests that ended the same way (same status and message) */
  rest: TestResult[];
}

/**
 * Groups consecutive tests with the same status and message, so twenty hidden cases failing
 * with one diagnosis read as one row plus "19 more tests failed the same way".
 */
export function groupTests(tests: readonly TestResult[]): TestGroup[] {
  const groups: TestGroup[] = [];
  for (const test of tests) {
    const last = groups.at(-1);
    if (last && last.first.status === test.status && last.first.message === test.message)
      last.rest.push(test);
    else groups.push({ first: test, rest: [] });
  }
  return groups;
}
