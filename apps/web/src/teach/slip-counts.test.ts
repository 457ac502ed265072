import { validateFormulaSpec } from '@slope/ui/formula-answer/spec';
import { describe, expect, it } from 'vitest';
import type { PracticeWidget } from '../content/widgets/extract-widgets';
import { slipCounts } from './slip-counts';

const validation = validateFormulaSpec({
  id: 'product',
  stem: 'Differentiate $x^2 \\sin x$.',
  symbols: { x: 'scalar' },
  answer: '2*x*sin(x) + x^2*cos(x)',
  wrong: [{ answer: '2x cos x', feedback: 'Product rule.' }],
});
if (!validation.ok) throw new Error('spec');
const widget: PracticeWidget = {
  id: 'product',
  practice: { widget: 'FormulaAnswer', spec: validation.spec },
  line: 1,
  column: 1,
};

describe('slipCounts: the class’s formula answers grouped by the slip named', () => {
  it('groups right answers written differently, each slip, and the author’s wrong answer', () => {
    const counts = slipCounts(widget, 'course/lesson/product', [
      { answer: { text: '2x sin x + x^2 cos x' }, first: true, n: 3 },
      { answer: { text: 'x(2 sin x + x cos x)' }, first: false, n: 2 },
      { answer: { text: '-2x sin x - x^2 cos x' }, first: true, n: 4 },
      { answer: { text: '-(2x sin x + x^2 cos x)' }, first: false, n: 1 },
      { answer: { text: '2x cos(x)' }, first: true, n: 2 },
      { answer: { text: 'x^5' }, first: true, n: 1 },
    ]);
    expect(counts).toEqual([
      { slip: 'sign', label: 'Wrong sign', first: 4, all: 5 },
      { slip: 'right', label: 'Right', first: 3, all: 5 },
      { slip: 'authored-1', label: 'Expected wrong answer: 2x cos x', first: 2, all: 2 },
      { slip: 'other', label: 'Other wrong answers', first: 1, all: 1 },
    ]);
  });
});
