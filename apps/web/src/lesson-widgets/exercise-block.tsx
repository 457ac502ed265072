import { type ParamType, toleranceOf } from '@slope/grader';
import { compileMdx } from '../content/compile-mdx';
import { mistakeHelpFor } from '../content/mistakes/mistake-help';
import { findExercise } from '../grading/exercise-registry';
import { ExerciseClient } from './exercise-client';

const DISPLAY_TYPE: Record<ParamType, string> = {
  number: 'number',
  vector: 'number[]',
  matrix: 'number[][]',
  array: 'number[] | number[][]',
  float64array: 'Float64Array',
};

/**
 * A graded code exercise in a lesson. Only the public parts reach the browser: the prompt,
 * the starter code, the signature, the public examples and the course's explanations of
 * gradient mistakes (the same for every exercise). The reference solution and the hidden tests
 * stay on the server.
 */
export async function ExerciseBlock({ id }: { id: string }) {
  const found = await findExercise(id);
  if (!found)
    throw new Error(`<Exercise id="${id}">: there is no exercise folder named "${id}" in content/`);
  const { exercise, location } = found;
  const Prompt = await compileMdx(`${location.dir}/prompt.mdx`, exercise.prompt, {
    components: [],
  });
  const { manifest } = exercise;
  return (
    <section
      className="exercise-block"
      id={`exercise-${id}`}
      aria-labelledby={`exercise-${id}-title`}
    >
      <h2 id={`exercise-${id}-title`}>Exercise: {manifest.title}</h2>
      <p className="muted">
        {manifest.points} point{manifest.points === 1 ? '' : 's'} ·{' '}
        {manifest.attempts.max === null
          ? 'unlimited attempts'
          : `${manifest.attempts.max} attempts`}
        {manifest.attempts.penaltyPerAttempt > 0 &&
          ` · each attempt after the first costs ${Math.round(manifest.attempts.penaltyPerAttempt * 100)}%`}
      </p>
      <div className="exercise-prompt">
        <Prompt />
      </div>
      <ExerciseClient
        id={id}
        starterCode={exercise.starter}
        functionName={manifest.signature.name}
        params={manifest.signature.params.map((p) => ({
          name: p.name,
          type: DISPLAY_TYPE[p.type],
        }))}
        publicExamples={exercise.examples.map((example, i) => ({
          name: example.name ?? `example ${i + 1}`,
          args: example.args,
          expected: example.expected,
        }))}
        tolerance={toleranceOf(exercise.tests.check)}
        maxAttempts={manifest.attempts.max}
        mistakeHelp={mistakeHelpFor(location.course)}
      />
    </section>
  );
}
