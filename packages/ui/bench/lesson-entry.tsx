// What a lesson page without an open editor ships from @slope/ui: every client widget, React
// and ReactDOM. Specs, zod and answer keys stay on the server; CodeMirror, uPlot and MathLive
// are lazy.
import { hydrateRoot } from 'react-dom/client';
import { Callout } from '../src/callout/index.ts';
import { ContourPlot } from '../src/contour-plot/index.ts';
import { Exercise } from '../src/exercise/index.ts';
import { FunctionPlot } from '../src/function-plot/index.ts';
import { GradeResultPanel } from '../src/grade-result-panel/index.ts';
import { LessonNav } from '../src/lesson-nav/index.ts';
import { LineChart } from '../src/line-chart/index.ts';
import { Match } from '../src/match/index.ts';
import { MathText } from '../src/math/index.ts';
import { MathInput, MathPreview } from '../src/math-input/index.ts';
import { Ordering } from '../src/ordering/index.ts';
import { ProgressBar } from '../src/progress-bar/index.ts';
import { Quiz } from '../src/quiz/index.ts';

const widgets = {
  Callout,
  ContourPlot,
  Exercise,
  FunctionPlot,
  GradeResultPanel,
  LessonNav,
  LineChart,
  Match,
  MathInput,
  MathPreview,
  MathText,
  Ordering,
  ProgressBar,
  Quiz,
};
(globalThis as { slopeWidgets?: unknown }).slopeWidgets = widgets;
const root = document.getElementById('root');
if (root) hydrateRoot(root, <div />);
