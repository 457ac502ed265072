'use client';
export { FormulaAnswer, type FormulaAnswerProps } from './formula-answer.tsx';
export { MatrixAnswer, type MatrixAnswerProps } from './matrix-answer.tsx';
export { NumericAnswer, type NumericAnswerProps } from './numeric-answer.tsx';
export type {
  FormulaAnswer as FormulaAnswerValue,
  FormulaFeedback,
  FormulaProps,
  MatrixAnswer as MatrixAnswerValue,
  MatrixProps,
  NumericProps,
} from './spec.ts';
