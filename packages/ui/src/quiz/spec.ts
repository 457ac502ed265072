import { z } from 'zod';
import type { MathHtml } from '../math/math-html.ts';
import { renderMathIn } from '../math/render-math.ts';
import { type AttemptState, attemptState, maxAttemptsSchema } from '../shared/attempts.ts';
import { type SpecValidation, stableId, validateWith } from '../shared/spec-utils.ts';

/**
 * Quiz, server side: the authoring spec (with the key), the client props (without it), and the
 * check the server runs. No React, no DOM: safe to import from server code.
 */

const richText = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

export const quizChoiceSpecSchema = z.object({
  /** stable id; derived from the text when left out */
  id: z.string().min(1).optional(),
  text: richText('choice text'),
  correct: z.boolean().default(false),
  /** shown when the learner picks this choice: the misconception behind it, or why it is right */
  feedback: z.string().optional(),
});

export const quizSpecSchema = z
  .object({
    id: z.string().min(1).optional(),
    /** the question, with `$…$` math */
    stem: richText('stem'),
    /** `single` (radio buttons) or `multiple` (checkboxes: select all that apply) */
    mode: z.enum(['single', 'multiple']).default('single'),
    choices: z.array(quizChoiceSpecSchema).min(2, 'a quiz needs at least 2 choices'),
    /** shown once the learner answers correctly or runs out of attempts */
    explanation: z.string().optional(),
    /** attempts before the answer is revealed; null = unlimited */
    maxAttempts: maxAttemptsSchema,
  })
  .superRefine((spec, ctx) => {
    const correct = spec.choices.filter((c) => c.correct).length;
    if (correct === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'no choice is marked correct: add `correct: true` to the right answer',
      });
    if (spec.mode === 'single' && correct > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `${correct} choices are correct in a single-choice quiz: set mode "multiple" or keep one`,
      });
    const seen = new Map<string, number>();
    spec.choices.forEach((c, i) => {
      const id = c.id ?? stableId(c.text, 'c');
      const first = seen.get(id);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['choices', i],
          message: `duplicate of choice ${first} (same ${c.id ? 'id' : 'text'})`,
        });
      else seen.set(id, i);
    });
  });

export type QuizSpec = z.infer<typeof quizSpecSchema>;
export type QuizSpecInput = z.input<typeof quizSpecSchema>;

/** What the browser receives: no `correct`, no feedback, no explanation. */
export interface QuizProps {
  id?: string;
  stem: string;
  mode: 'single' | 'multiple';
  choices: { id: string; text: string }[];
  maxAttempts: number | null;
  /** the math in the texts, rendered on the server (no KaTeX JS in the browser) */
  math?: MathHtml;
}

/** The learner's answer: ids of the selected choices. */
export interface QuizAnswer {
  selected: string[];
}

/**
 * What the server accepts as an answer to this quiz: known choice ids, each once, and exactly
 * one in a single-answer quiz (several would have every selected choice judged at once, which
 * gives the key away). Issues name the field (`selected`, `selected[2]`).
 */
export function quizAnswerSchema(spec: QuizSpec) {
  const ids = new Set(spec.choices.map(choiceId));
  const selected = z
    .array(
      z
        .string({ error: 'must be a choice id (text)' })
        .refine((id) => ids.has(id), 'is not a choice of this quiz'),
      { error: 'must be a list of choice ids' },
    )
    .max(spec.choices.length, `lists more than the ${spec.choices.length} choices`)
    .refine((list) => new Set(list).size === list.length, 'lists a choice twice');
  return z
    .object({
      selected:
        spec.mode === 'single'
          ? selected.refine(
              (list) => list.length === 1,
              'this question takes exactly one answer: send one choice id',
            )
          : selected,
    })
    .strict();
}

export interface QuizChoiceFeedback {
  id: string;
  selected: boolean;
  /** true/false once judged; null when the choice is not revealed (unselected, answer hidden) */
  correct: boolean | null;
  feedback: string | null;
}

export interface QuizFeedback extends AttemptState {
  correct: boolean;
  choices: QuizChoiceFeedback[];
  /** present once the quiz is finished (correct, or out of attempts) */
  explanation: string | null;
  /** server-rendered math for the feedback texts */
  math?: MathHtml;
}

/** Validates authored props; issues name the prop (`choices`, `choices[2].text`, …). */
export function validateQuizSpec(input: unknown): SpecValidation<QuizSpec> {
  return validateWith(quizSpecSchema, input);
}

function choiceId(c: { id?: string | undefined; text: string }): string {
  return c.id ?? stableId(c.text, 'c');
}

/** Strips the key: the props a client `<Quiz>` receives. */
export function toQuizProps(spec: QuizSpec): QuizProps {
  return {
    ...(spec.id ? { id: spec.id } : {}),
    stem: spec.stem,
    mode: spec.mode,
    choices: spec.choices.map((c) => ({ id: choiceId(c), text: c.text })),
    maxAttempts: spec.maxAttempts,
    math: renderMathIn([spec.stem, ...spec.choices.map((c) => c.text)]),
  };
}

/**
 * Checks an answer on the server. `attemptsUsed` counts this attempt (1 for the first).
 * A single-answer quiz judges the chosen choice (with its feedback). A multiple-answer quiz
 * scores the set: a wrong set is only "not yet", with no word on which choices were right or
 * how many — else ticking every box would reveal the key. The key, every choice's feedback and
 * the explanation are revealed once the quiz is finished (right, or out of attempts).
 *
 * @example checkQuiz(spec, { selected: ['c1x9'] }, { attemptsUsed: 1 })
 */
export function checkQuiz(
  spec: QuizSpec,
  answer: QuizAnswer,
  { attemptsUsed = 1 }: { attemptsUsed?: number } = {},
): QuizFeedback {
  const selected = new Set(answer.selected);
  const correct = spec.choices.every((c) => c.correct === selected.has(choiceId(c)));
  const { attemptsLeft, finished } = attemptState(spec.maxAttempts, attemptsUsed, correct);
  // A wrong set says nothing per choice until the quiz is finished.
  const judged = spec.mode === 'single' || correct || finished;
  const choices = spec.choices.map((c) => {
    const id = choiceId(c);
    const isSelected = selected.has(id);
    const revealed = (isSelected && judged) || finished;
    return {
      id,
      selected: isSelected,
      correct: revealed ? c.correct : null,
      feedback: (isSelected && judged) || (finished && c.correct) ? (c.feedback ?? null) : null,
    };
  });
  const explanation = finished ? (spec.explanation ?? null) : null;
  return {
    correct,
    choices,
    explanation,
    attemptsUsed,
    attemptsLeft,
    finished,
    math: renderMathIn([...choices.map((c) => c.feedback), explanation]),
  };
}
