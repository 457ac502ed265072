import { describe, expect, it } from 'vitest';
import {
  checkQuiz,
  quizAnswerSchema,
  quizSpecSchema,
  toQuizProps,
  validateQuizSpec,
} from './spec.ts';

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

  const multi = quizSpecSchema.parse({
    stem: 'Which are convex?',
    mode: 'multiple',
    choices: [
      { id: 'a', text: '$x^2$', correct: true, feedback: 'A parabola.' },
      { id: 'b', text: '$|x|$', correct: true },
      { id: 'c', text: '$\\sin x$', feedback: 'It curves both ways.' },
    ],
    explanation: 'Convex: the chord lies above the graph.',
    maxAttempts: 3,
  });

  it.each([
    { name: 'every choice', selected: ['a', 'b', 'c'] },
    { name: 'one right choice', selected: ['a'] },
    { name: 'one wrong choice', selected: ['c'] },
  ])(
    'says only "not yet" to a wrong set ($name): no verdict, feedback or explanation per choice',
    ({ selected }) => {
      const fb = checkQuiz(multi, { selected }, { attemptsUsed: 1 });
      expect(fb).toMatchObject({ correct: false, finished: false, explanation: null });
      for (const choice of fb.choices)
        expect(choice).toMatchObject({ correct: null, feedback: null });
      expect(JSON.stringify(fb)).not.toMatch(/parabola|both ways|chord/);
    },
  );

  it('reveals a multiple-answer key once right or out of attempts', () => {
    expect(checkQuiz(multi, { selected: ['a', 'b'] }).choices[0]).toMatchObject({
      correct: true,
      feedback: 'A parabola.',
    });
    const spent = checkQuiz(multi, { selected: ['a', 'b', 'c'] }, { attemptsUsed: 3 });
    expect(spent.finished).toBe(true);
    expect(spent.choices.map((c) => c.correct)).toEqual([true, true, false]);
    expect(spent.explanation).toMatch(/chord/);
  });

  it.each([
    {
      name: 'two choices in a single-answer quiz',
      quiz: spec,
      answer: { selected: ['ascent', 'min'] },
      field: 'selected',
      message: /exactly one answer/,
    },
    {
      name: 'no choice in a single-answer quiz',
      quiz: spec,
      answer: { selected: [] },
      field: 'selected',
      message: /exactly one answer/,
    },
    {
      name: 'an unknown choice',
      quiz: multi,
      answer: { selected: ['a', 'zz'] },
      field: 'selected.1',
      message: /not a choice/,
    },
    {
      name: 'a choice twice',
      quiz: multi,
      answer: { selected: ['a', 'a'] },
      field: 'selected',
      message: /twice/,
    },
    {
      name: 'not a list',
      quiz: multi,
      answer: { selected: 'a' },
      field: 'selected',
      message: /list/,
    },
    {
      name: 'an extra field',
      quiz: multi,
      answer: { selected: ['a'], key: 1 },
      field: '',
      message: /key/,
    },
  ])('refuses $name, naming the field', ({ quiz, answer, field, message }) => {
    const parsed = quizAnswerSchema(quiz).safeParse(answer);
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path.join('.')).toBe(field);
    expect(issue?.message).toMatch(message);
  });
});
