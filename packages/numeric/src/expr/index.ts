export { type Closeness, FORMULA_CLOSENESS } from './agree.ts';
export type { Expr, FunctionName } from './ast.ts';
export { toFunction } from './evaluate.ts';
export { FormulaError } from './formula-error.ts';
export {
  checkGrid,
  compileGridQuestion,
  type GridCheck,
  type GridQuestion,
  type GridQuestionInput,
} from './grid.ts';
export { MAX_DEPTH, parseFormula } from './parse.ts';
export { toLatex, toText } from './print.ts';
export { proveFormulaQuestion, proveGridQuestion } from './prove.ts';
export {
  checkFormula,
  compileFormulaQuestion,
  type FormulaCheck,
  type FormulaQuestion,
  type FormulaQuestionInput,
  namesFor,
  type Understood,
  understand,
} from './question.ts';
export type { SlipKind } from './slips.ts';
export { declareSymbol, describeShape, type Shape, type SymbolDecl } from './symbols.ts';
export { MAX_LENGTH } from './tokens.ts';
