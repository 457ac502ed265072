import {
  createLearners,
  exerciseCodes,
  inBatches,
  type Outcome,
  type Planned,
  signIn,
  submitAndFollow,
} from './learners';

export interface LoadOptions {
  databaseUrl: string;
  bases: string[];
  learners: number;
  perLearner: number;
  /** `burst`: every submission at once; `steady`: each learner submits, waits for the grade, submits again */
  pattern: 'burst' | 'steady';
  label: string;
  /** called after each graded submission with the number graded so far */
  onGraded?: (graded: number) => void;
  deadlineMs?: number;
}

/**
 * Signs `learners` learners in and has them submit `perLearner` submissions each (one in five
 * the exercise's starter code, which fails; the rest the reference solution), then follows
 * every submission to its grade. Returns the outcomes, the accounts and the wall time from the
 * first POST to the last grade.
 */
export async function runLoad(
  options: LoadOptions,
): Promise<{ emails: string[]; outcomes: Outcome[]; wallS: number }> {
  const emails = await createLearners(options.databaseUrl, options.learners, options.label);
  const learners = await inBatches(emails, 8, (email, i) =>
    signIn(options.bases[i % options.bases.length]!, email),
  );
  const codes = exerciseCodes();
  const plans: Planned[][] = learners.map((learner, i) =>
    Array.from({ length: options.perLearner }, (_, k) => {
      const exercise = codes[(i + k) % codes.length]!;
      const right = k % 5 !== 4;
      return {
        learner,
        exerciseId: exercise.id,
        code: right ? exercise.right : exercise.wrong,
        right,
        idempotencyKey: `${options.label}-${i}-${k}`,
      };
    }),
  );
  const deadline = Date.now() + (options.deadlineMs ?? 10 * 60_000);
  let graded = 0;
  const follow = async (plan: Planned) => {
    const outcome = await submitAndFollow(options.bases, plan, deadline);
    options.onGraded?.(++graded);
    return outcome;
  };
  const started = performance.now();
  const outcomes =
    options.pattern === 'burst'
      ? await Promise.all(plans.flat().map(follow))
      : (
          await Promise.all(
            plans.map(async (mine) => {
              const done: Outcome[] = [];
              for (const plan of mine) done.push(await follow(plan));
              return done;
            }),
          )
        ).flat();
  return { emails, outcomes, wallS: (performance.now() - started) / 1000 };
}
