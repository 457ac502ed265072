import { agreement } from './agree.ts';
import { bin, type Expr, num } from './ast.ts';
import { evaluate } from './evaluate.ts';
import { checkGrid, type GridQuestion } from './grid.ts';
import { toLatex, toText } from './print.ts';
import { checkFormula, type FormulaQuestion } from './question.ts';

/**
 * Proves a question fair and gradable, for content:check: the key written back as LaTeX is
 * accepted, every expected wrong answer gets its own feedback, and the slips Slope names are
 * told apart from the key at the sampled points (a key that is 0 everywhere, or symmetric
 * where a transposed answer must be caught, cannot tell them apart). Returns the problems.
 */
export function proveFormulaQuestion(question: FormulaQuestion): string[] {
  const problems: string[] = [];
  const check = (input: string) => checkFormula(question, input);
  if (check(toLatex(question.reference)).status !== 'correct')
    problems.push('the answer, typed as LaTeX, is not accepted');
  if (check(toText(question.reference).replace(/·/g, '*')).status !== 'correct')
    problems.push('the answer, typed as plain text, is not accepted');
  question.wrong.forEach((w, i) => {
    const got = check(toLatex(w.expr));
    if (got.status !== 'wrong' || got.slip !== `authored-${i + 1}`)
      problems.push(`the wrong answer ${toText(w.expr)} does not get its feedback`);
  });
  const mutants: [string, Expr][] = [
    ['the answer with its sign flipped', { k: 'neg', a: question.reference }],
    ['twice the answer', bin('mul', num(2), question.reference)],
  ];
  for (const [what, mutant] of mutants)
    if (agreement(mutant, question.sampled, question.closeness) === 'equal')
      problems.push(`${what} cannot be told apart from the answer at the sampled points`);
  return problems;
}

/**
 * The same proof for a grid: the key is accepted, each expected wrong grid gets its feedback, and
 * a sign slip in any entry is caught.
 */
export function proveGridQuestion(question: GridQuestion): string[] {
  const problems: string[] = [];
  const cells = question.cells.map(toLatex);
  const rows = (list: string[]) =>
    Array.from({ length: question.rows }, (_, r) =>
      list.slice(r * question.cols, (r + 1) * question.cols),
    );
  if (checkGrid(question, rows(cells)).status !== 'correct')
    problems.push('the answer is not accepted');
  question.wrong.forEach((w, i) => {
    const got = checkGrid(question, rows(w.cells.map(toLatex)));
    if (got.status !== 'wrong' || got.slip !== `authored-${i + 1}`)
      problems.push(`wrong answer ${i + 1} does not get its feedback`);
  });
  question.cells.forEach((cell, i) => {
    const zero = question.sampled.points.every((p) => evaluate(cell, p).data[0] === 0);
    if (zero) return;
    const flipped = cells.map((c, j) => (j === i ? `-(${c})` : c));
    const got = checkGrid(question, rows(flipped));
    if (got.status !== 'wrong') problems.push(`entry ${i + 1} with its sign flipped is not caught`);
  });
  return problems;
}
