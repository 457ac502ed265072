import { type APIRequestContext, expect, test } from '@playwright/test';
import { signUpLearner } from './support';

/**
 * The learner who wants the points without the work, through the running app: a probe that
 * prints the hidden inputs and returns junk. Each attempt's hidden inputs are new (a table
 * keyed by one attempt's inputs never matches the next), and the feedback names the mistake
 * without any expected value or a precise error size. (The full lookup-table attack, against
 * every exercise, is in the grader's tests: src/runner/lookup-table-attack.test.ts.)
 */
const probe = `export function grad(w: number[], X: number[][], y: number[]): number[] {
  console.log('w0=' + JSON.stringify(w) + ' y0=' + y[0]);
  return w.map(() => 1e6);
}
`;

let n = 0;
async function submitAndWait(request: APIRequestContext, code: string) {
  const created = await request.post('/api/submissions', {
    data: { exerciseId: 'mse-gradient', code, idempotencyKey: `integrity-${Date.now()}-${n++}` },
  });
  expect(created.status()).toBe(202);
  const { submission } = await created.json();
  for (let i = 0; i < 120; i++) {
    const { submission: now } = await (
      await request.get(`/api/submissions/${submission.id}`)
    ).json();
    if (now.status === 'GRADED' || now.status === 'FAILED') return now;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`submission ${submission.id} was not graded`);
}

const printedInputs = (output: string) => new Set(output.match(/w0=\[[^\]]*\] y0=\S+/g) ?? []);

test('every attempt gets new hidden inputs, and the feedback gives away no expected value', async ({
  page,
}) => {
  await signUpLearner(page, 'integrity');
  const first = await submitAndWait(page.request, probe);
  const second = await submitAndWait(page.request, probe);
  expect([first.attempt, second.attempt]).toEqual([1, 2]);

  const seen = printedInputs(first.result.output);
  const next = printedInputs(second.result.output);
  expect(seen.size).toBe(20);
  expect(next.size).toBe(20);
  for (const inputs of next) expect(seen.has(inputs)).toBe(false);

  for (const test of first.result.tests) {
    expect(test.passed).toBe(false);
    for (const d of test.diagnostics ?? []) {
      if (d.kind === 'values') expect(d.expected).toBeUndefined();
      if (d.kind !== 'gradient') continue;
      expect(d.diagnosis.relativeErrors ?? null).toBeNull();
      // The error's order of magnitude only: a power of ten.
      const m = d.diagnosis.maxRelativeError;
      if (m !== null && m > 0)
        expect(Math.abs(Math.log10(m) - Math.round(Math.log10(m)))).toBeLessThan(1e-9);
    }
    // The message names the mistake but quotes no value of the hidden gradient.
    expect(test.message).not.toMatch(/expected -?\d/);
  }
});
