import { Callout } from '@slope/ui/callout';
import { ContourPlot, type ContourPlotProps } from '@slope/ui/contour-plot';
import { toFormulaProps, toMatrixProps, toNumericProps } from '@slope/ui/formula-answer/spec';
import { FunctionPlot, type FunctionPlotProps } from '@slope/ui/function-plot';
import { compilePlotFunction } from '@slope/ui/function-plot/expression';
import { LineChart, type LineChartProps } from '@slope/ui/line-chart';
import { toMatchProps } from '@slope/ui/match/spec';
import { toOrderingProps } from '@slope/ui/ordering/spec';
import { toQuizProps } from '@slope/ui/quiz/spec';
import { formatSpecIssues } from '@slope/ui/spec-utils';
import type { MDXComponents } from 'mdx/types';
import {
  isFunctionPreset,
  type PlotWidgetName,
  validatePlotProps,
} from '../content/widgets/plot-props';
import { PRACTICE_WIDGETS, type PracticeWidgetName } from '../content/widgets/practice-registry';
import { ExerciseBlock } from './exercise-block';
import { PracticeWidget } from './practice-client';

/** Each practice widget's props for the browser: its spec without the key. */
const TO_PROPS = {
  Quiz: toQuizProps,
  Ordering: toOrderingProps,
  Match: toMatchProps,
  FormulaAnswer: toFormulaProps,
  NumericAnswer: toNumericProps,
  MatrixAnswer: toMatrixProps,
} satisfies Record<PracticeWidgetName, (spec: never) => unknown>;

/**
 * Renders a practice widget on the server: validates the authored spec (content:check already
 * has, with file:line) and strips the answer key before anything reaches the browser.
 */
function renderPractice(name: PracticeWidgetName, props: Record<string, unknown>) {
  const validation = PRACTICE_WIDGETS[name].validate(props);
  if (!validation.ok) throw new Error(formatSpecIssues(name, validation.issues));
  const widget = {
    id: String(props.id),
    widget: name,
    props: TO_PROPS[name](validation.spec as never),
  } as Parameters<typeof PracticeWidget>[0];
  return <PracticeWidget {...widget} />;
}

function QuizBlock(props: Record<string, unknown>) {
  return renderPractice('Quiz', props);
}

function OrderingBlock(props: Record<string, unknown>) {
  return renderPractice('Ordering', props);
}

function MatchBlock(props: Record<string, unknown>) {
  return renderPractice('Match', props);
}

function FormulaAnswerBlock(props: Record<string, unknown>) {
  return renderPractice('FormulaAnswer', props);
}

function NumericAnswerBlock(props: Record<string, unknown>) {
  return renderPractice('NumericAnswer', props);
}

function MatrixAnswerBlock(props: Record<string, unknown>) {
  return renderPractice('MatrixAnswer', props);
}

/** Checks a plot's props as content:check does (preset names, finite data) before rendering. */
function checkPlot(name: PlotWidgetName, props: Record<string, unknown>) {
  const issues = validatePlotProps(name, props);
  if (issues.length) throw new Error(formatSpecIssues(name, issues));
}

function FunctionPlotBlock(props: Record<string, unknown>) {
  checkPlot('FunctionPlot', props);
  const { fn, ...rest } = props as Omit<FunctionPlotProps, 'fn'> & { fn: string };
  if (isFunctionPreset(fn)) return <FunctionPlot {...rest} fn={fn} />;
  // A formula in x: read on the server, sent as a tree (no code reaches the browser).
  const x = rest.x ?? [-3, 3];
  const compiled = compilePlotFunction(fn, x);
  return (
    <FunctionPlot
      {...rest}
      x={x}
      y={rest.y ?? compiled.y}
      x0={rest.x0 ?? (x[0] + x[1]) / 2}
      tex={rest.tex ?? compiled.tex}
      expression={compiled.expression}
    />
  );
}

function ContourPlotBlock(props: Record<string, unknown>) {
  checkPlot('ContourPlot', props);
  return <ContourPlot {...(props as ContourPlotProps)} />;
}

function LineChartBlock(props: Record<string, unknown>) {
  checkPlot('LineChart', props);
  return <LineChart {...(props as unknown as LineChartProps)} />;
}

/** Every component a lesson's MDX may use. */
export const lessonComponents = {
  Quiz: QuizBlock,
  Ordering: OrderingBlock,
  Match: MatchBlock,
  FormulaAnswer: FormulaAnswerBlock,
  NumericAnswer: NumericAnswerBlock,
  MatrixAnswer: MatrixAnswerBlock,
  FunctionPlot: FunctionPlotBlock,
  ContourPlot: ContourPlotBlock,
  LineChart: LineChartBlock,
  Callout,
  Exercise: ExerciseBlock,
} satisfies MDXComponents;
