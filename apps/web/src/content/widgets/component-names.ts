/**
 * The JSX components a lesson's MDX may use (see lesson-widgets/lesson-components.tsx, which a
 * test keeps in step with this list). Any other capitalised tag is an error at its line.
 */
export const LESSON_COMPONENTS = [
  'Quiz',
  'Ordering',
  'Match',
  'FormulaAnswer',
  'NumericAnswer',
  'MatrixAnswer',
  'FunctionPlot',
  'ContourPlot',
  'LineChart',
  'Callout',
  'Exercise',
] as const;
