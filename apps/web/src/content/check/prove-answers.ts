import { proveAnswerSpec } from '@slope/ui/formula-answer/spec';
import type { PracticeWidget } from '../widgets/extract-widgets';
import type { Problem } from './types';

/**
 * Proves each formula, number and matrix question of a lesson gradable and fair (its key is
 * accepted, its expected wrong answers get their feedback, the named slips are told apart from
 * the key), each problem at the widget's line.
 */
export function proveAnswers(
  file: string,
  practice: readonly PracticeWidget[],
): { problems: Problem[]; proved: number } {
  let proved = 0;
  const problems = practice.flatMap(({ practice: p, line, column }) => {
    if (p.widget !== 'FormulaAnswer' && p.widget !== 'NumericAnswer' && p.widget !== 'MatrixAnswer')
      return [];
    const found = proveAnswerSpec(p.widget, p.spec);
    if (!found.length) proved++;
    return found.map((message) => ({ file, line, column, message: `<${p.widget}> ${message}` }));
  });
  return { problems, proved };
}
