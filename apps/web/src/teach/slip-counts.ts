import type { PracticeWidget } from '../content/widgets/extract-widgets';
import { checkAnswer } from '../practice/check-answer';
import { variantSeed } from '../practice/variant-seed';

export interface SlipCount {
  /** the slip's kind (`sign`, `authored-1`…), `right`, or `other` */
  slip: string;
  label: string;
  /** learners' first attempts with this slip */
  first: number;
  /** answers over every attempt */
  all: number;
}

export interface AnswerGroup {
  answer: unknown;
  first: boolean;
  n: number;
  /** whose answers: a question with parameters is checked in each learner's own variant */
  userId?: string;
}

const LABELS: Record<string, string> = {
  right: 'Right',
  sign: 'Wrong sign',
  factor: 'Off by a constant factor',
  'sum-vs-mean': 'Sum vs mean (a factor of n)',
  transposed: 'Transposed',
  'wrong-axis': 'Summed over the wrong axis',
  'rows-swapped': 'Two rows swapped',
  'columns-swapped': 'Two columns swapped',
  'missing-term': 'A term missing',
  'extra-term': 'An extra term',
  'term-sign': 'A sign inside wrong',
  'missing-factor': 'A chain-rule factor missing',
  'function-itself': 'The function, not its derivative',
  antiderivative: 'An antiderivative',
  'second-derivative': 'The second derivative',
  'wrong-variable': 'Differentiated by another variable',
  shape: 'Wrong shape',
  undefined: 'Undefined where the answer is defined',
  other: 'Other wrong answers',
};

export function isFormulaWidget(widget: PracticeWidget): boolean {
  const name = widget.practice.widget;
  return name === 'FormulaAnswer' || name === 'NumericAnswer' || name === 'MatrixAnswer';
}

/**
 * The class's formula answers grouped by the slip Slope named for each — the same check that
 * answered the learner, run again on the stored answer (it is deterministic), so the kinds stay
 * data and are never read back out of feedback text. The author's expected wrong answers are
 * labelled with the answer they expect.
 */
export function slipCounts(
  widget: PracticeWidget,
  widgetKey: string,
  groups: readonly AnswerGroup[],
): SlipCount[] {
  const counts = new Map<string, SlipCount>();
  for (const group of groups) {
    const seed = group.userId ? variantSeed(widget.practice, group.userId, widgetKey) : null;
    const feedback = checkAnswer(widget.practice, group.answer, 1, seed);
    const slip = feedback.correct ? 'right' : String(feedback.slip ?? 'other');
    const entry = counts.get(slip) ?? { slip, label: labelOf(widget, slip), first: 0, all: 0 };
    entry.all += group.n;
    if (group.first) entry.first += group.n;
    counts.set(slip, entry);
  }
  return [...counts.values()].sort((a, b) => b.first - a.first || b.all - a.all);
}

function labelOf(widget: PracticeWidget, slip: string): string {
  const authored = /^authored-(\d+)$/.exec(slip);
  if (authored && 'wrong' in widget.practice.spec) {
    const wrong = widget.practice.spec.wrong?.[Number(authored[1]) - 1];
    if (wrong) return `Expected wrong answer: ${wrong.answer}`;
  }
  return LABELS[slip] ?? slip;
}
