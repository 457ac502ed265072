import { Callout } from '@slope/ui/callout';
import { ContourPlot } from '@slope/ui/contour-plot';
import { FunctionPlot } from '@slope/ui/function-plot';
import { LineChart } from '@slope/ui/line-chart';
import { toMatchProps } from '@slope/ui/match/spec';
import { toOrderingProps } from '@slope/ui/ordering/spec';
import { toQuizProps } from '@slope/ui/quiz/spec';
import { formatSpecIssues } from '@slope/ui/spec-utils';
import type { MDXComponents } from 'mdx/types';
import { PRACTICE_WIDGETS, type PracticeWidgetName } from '../content/widgets/practice-registry';
import { ExerciseBlock } from './exercise-block';
import { PracticeWidget } from './practice-client';

/**
 * Renders a practice widget on the server: validates the authored spec (content:check already
 * has, with file:line) and strips the answer key before anything reaches the browser.
 */
function renderPractice(name: PracticeWidgetName, props: Record<string, unknown>) {
  const validation = PRACTICE_WIDGETS[name].validate(props);
  if (!validation.ok) throw new Error(formatSpecIssues(name, validation.issues));
  const id = String(props.id);
  switch (name) {
    case 'Quiz':
      return <PracticeWidget id={id} widget="Quiz" props={toQuizProps(validation.spec as never)} />;
    case 'Ordering':
      return (
        <PracticeWidget
          id={id}
          widget="Ordering"
          props={toOrderingProps(validation.spec as never)}
        />
      );
    case 'Match':
      return (
        <PracticeWidget id={id} widget="Match" props={toMatchProps(validation.spec as never)} />
      );
  }
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

/** Every component a lesson's MDX may use. */
export const lessonComponents = {
  Quiz: QuizBlock,
  Ordering: OrderingBlock,
  Match: MatchBlock,
  FunctionPlot,
  ContourPlot,
  LineChart,
  Callout,
  Exercise: ExerciseBlock,
} satisfies MDXComponents;
