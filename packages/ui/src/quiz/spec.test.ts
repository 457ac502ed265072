import { describe, expect, it } from 'vitest';
import { checkQuiz, quizSpecSchema, toQuizProps, validateQuizSpec } from './spec.ts';

const spec = quizSpecSchema.parse({
  stem: 'What does the gradient vector $\\nabla L$ point toward?',
  choices: [
    { id: 'ascent', text: 'The direction of steepest ascent', correct: true },
    { id: 'descent', text: 'Steepest descent', feedback: 'That is $-\\nabla L$.' },
    { id: 'min', text: 'The minimum', feedback: 'Only locally, and only downhill.' },
  ],
  explanation: 'Gradient descent steps along $-\\nabla L$.',
  maxAttempts: 2,
});

describe('quiz spec', () => {
  it.each([
    {
      name: 'no correct choice',
      input: { stem: 'Q', choices: [{ text: 'a' }, { text: 'b' }] },
      prop: 'choices',
      message: /no choice is marked correct/,
    },
    {
      name: 'two correct in single mode',
      input: {
        stem: 'Q',
        choices: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      },
      prop: 'choices',
      message: /single-choice/,
    },
    {
      name: 'duplicate choice',
      input: { stem: 'Q', choices: [{ text: 'a', correct: true }, { text: 'a' }] },
      prop: 'choices[1]',
      message: /duplicate of choice 0/,
    },
    {
      name: 'empty stem',
      input: { stem: ' ', choices: [{ text: 'a', correct: true }, { text: 'b' }] },
      prop: 'stem',
      message: /must not be empty/,
    },
    {
      name: 'one choice',
      input: { stem: 'Q', choices: [{ text: 'a', correct: true }] },
      prop: 'choices',
      message: /at least 2/,
    },
  ])('rejects $name, naming the prop', ({ input, prop, message }) => {
    const result = validateQuizSpec(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({ prop, message: expect.stringMatching(message) });
  });

  it('strips the key from client props', () => {
    const props = toQuizProps(spec);
    const json = JSON.stringify(props);
    expect(json).not.toContain('correct');
    expect(json).not.toContain('feedback');
    expect(json).not.toContain('Gradient descent steps');
    expect(props.choices.map((c) => c.id)).toEqual(['ascent', 'descent', 'min']);
  });

  it('gives feedback on the chosen choice without revealing the key before the last attempt', () => {
    const fb = checkQuiz(spec, { selected: ['descent'] }, { attemptsUsed: 1 });
    expect(fb.correct).toBe(false);
    expect(fb.finished).toBe(false);
    expect(fb.attemptsLeft).toBe(1);
    expect(fb.explanation).toBeNull();
    expect(fb.choices).toEqual([
      { id: 'ascent', selected: false, correct: null, feedback: null },
      { id: 'descent', selected: true, correct: false, feedback: 'That is $-\\nabla L$.' },
      { id: 'min', selected: false, correct: null, feedback: null },
    ]);
  });

  it('reveals the answer and explanation when out of attempts', () => {
    const fb = checkQuiz(spec, { selected: ['min'] }, { attemptsUsed: 2 });
    expect(fb.finished).toBe(true);
    expect(fb.attemptsLeft).toBe(0);
    expect(fb.choices[0]?.correct).toBe(true);
    expect(fb.explanation).toMatch(/Gradient descent/);
  });

  it('marks multiple-choice answers correct only when exactly the right set is chosen', () => {
    const multi = quizSpecSchema.parse({
      stem: 'Which are convex?',
      mode: 'multiple',
      choices: [
        { id: 'a', text: '$x^2$', correct: true },
        { id: 'b', text: '$|x|$', correct: true },
        { id: 'c', text: '$\\sin x$' },
      ],
    });
    expect(checkQuiz(multi, { selected: ['a'] }).correct).toBe(false);
    expect(checkQuiz(multi, { selected: ['a', 'b', 'c'] }).correct).toBe(false);
    expect(checkQuiz(multi, { selected: ['b', 'a'] }).correct).toBe(true);
  });
});
