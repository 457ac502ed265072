import type { GradeResult } from '@slope/grader/grade-result';
import 'katex/dist/katex.min.css';
import 'mafs/core.css';
import 'uplot/dist/uPlot.min.css';
import '../src/styles.css';
import './demo.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Callout } from '../src/callout/index.ts';
import { ContourPlot, descentPath, surfaces } from '../src/contour-plot/index.ts';
import { Exercise, type SubmissionStatus } from '../src/exercise/index.ts';
import { FunctionPlot } from '../src/function-plot/index.ts';
import { sampleResults } from '../src/grade-result-panel/fixtures.ts';
import { GradeResultPanel } from '../src/grade-result-panel/index.ts';
import { LessonNav } from '../src/lesson-nav/index.ts';
import { LineChart } from '../src/line-chart/index.ts';
import { Match } from '../src/match/index.ts';
import { toMatchProps } from '../src/match/spec.ts';
import { MathText } from '../src/math/index.ts';
import { Ordering } from '../src/ordering/index.ts';
import { toOrderingProps } from '../src/ordering/spec.ts';
import { ProgressBar } from '../src/progress-bar/index.ts';
import { Quiz } from '../src/quiz/index.ts';
import { toQuizProps } from '../src/quiz/spec.ts';
import {
  conceptMatch,
  convexBuckets,
  convexQuiz,
  descentSteps,
  gradientQuiz,
  learningRateQuiz,
} from './content.ts';
import { fakeServer } from './fake-server.ts';
import { MathInputDemo } from './math-input-demo.tsx';

const starter = `// The mean squared error of the one-weight model y ≈ w·x is
// L(w) = (1/n) Σ (w·xᵢ − yᵢ)². Return its derivative dL/dw.
export function mseGrad(w: number, xs: number[], ys: number[]): number {
  let g = 0;
  // your code here
  return g;
}
`;

function ExerciseDemo() {
  const [status, setStatus] = useState<SubmissionStatus>('idle');
  const [result, setResult] = useState<GradeResult | null>(null);
  const [attemptsLeft, setAttemptsLeft] = useState(3);
  return (
    <Exercise
      id="mse-grad-demo"
      title="The derivative of the mean squared error"
      starterCode={starter}
      functionName="mseGrad"
      params={[
        { name: 'w', type: 'number' },
        { name: 'xs', type: 'number[]' },
        { name: 'ys', type: 'number[]' },
      ]}
      publicExamples={[
        { name: 'w = 0 on y = 2x', args: [0, [1, 2, 3], [2, 4, 6]], expected: -56 / 3 },
        { name: 'at the minimum w = 2', args: [2, [1, 2, 3], [2, 4, 6]], expected: 0 },
        { name: 'w = 3', args: [3, [1, 2, 3], [2, 4, 6]], expected: 28 / 3 },
      ]}
      status={status}
      result={result}
      attemptsLeft={attemptsLeft}
      onSubmit={async (code) => {
        setResult(null);
        const graded = await fakeServer.grade(code, setStatus);
        setResult(graded);
        setStatus('graded');
        setAttemptsLeft((n) => Math.max(0, n - 1));
      }}
    />
  );
}

function ThemeToggle() {
  const [theme, setTheme] = useState<string | null>(
    document.documentElement.getAttribute('data-theme'),
  );
  const toggle = () => {
    const current =
      theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    const nextTheme = current === 'dark' ? 'light' : 'dark';
    document.documentElement.setAttribute('data-theme', nextTheme);
    setTheme(nextTheme);
  };
  return (
    <button
      type="button"
      className="slope-button slope-button--secondary"
      onClick={toggle}
      data-testid="theme-toggle"
    >
      Switch to{' '}
      {theme === 'dark' || (!theme && matchMedia('(prefers-color-scheme: dark)').matches)
        ? 'light'
        : 'dark'}{' '}
      theme
    </button>
  );
}

function App() {
  return (
    <>
      <header className="demo-header">
        <h1>@slope/ui widgets</h1>
        <ThemeToggle />
      </header>
      <main className="demo-main">
        <ProgressBar value={3} max={8} label="Calculus for ML" unit="lessons" />
        <p>
          <MathText text="Every widget below is driven by the same specs an author writes in MDX; the answer keys stay in an in-page fake of the server. Inline math: $\nabla L(w) = \left(\frac{\partial L}{\partial w_1}, \dots, \frac{\partial L}{\partial w_n}\right)$." />
        </p>

        <section id="quiz" aria-labelledby="quiz-h">
          <h2 id="quiz-h">Quiz</h2>
          <Quiz
            {...toQuizProps(gradientQuiz)}
            onCheck={(a) => fakeServer.checkQuiz(gradientQuiz, a)}
          />
          <Quiz
            {...toQuizProps(learningRateQuiz)}
            onCheck={(a) => fakeServer.checkQuiz(learningRateQuiz, a)}
          />
          <Quiz {...toQuizProps(convexQuiz)} onCheck={(a) => fakeServer.checkQuiz(convexQuiz, a)} />
        </section>

        <section id="ordering" aria-labelledby="ordering-h">
          <h2 id="ordering-h">Ordering</h2>
          <Ordering
            {...toOrderingProps(descentSteps)}
            onCheck={(a) => fakeServer.checkOrdering(descentSteps, a)}
          />
        </section>

        <section id="match" aria-labelledby="match-h">
          <h2 id="match-h">Match</h2>
          <Match
            {...toMatchProps(conceptMatch)}
            onCheck={(a) => fakeServer.checkMatch(conceptMatch, a)}
          />
          <Match
            {...toMatchProps(convexBuckets)}
            onCheck={(a) => fakeServer.checkMatch(convexBuckets, a)}
          />
        </section>

        <section id="math-input" aria-labelledby="math-input-h">
          <h2 id="math-input-h">Formula answer</h2>
          <MathInputDemo />
        </section>

        <section id="plots" aria-labelledby="plots-h">
          <h2 id="plots-h">Plots</h2>
          <FunctionPlot
            fn="square"
            secant
            title="From secant to tangent: drag the point, shrink h"
          />
          <ContourPlot surface="elongated" />
          <LineChart
            title="Loss per step on the same surface: crawl, converge, overshoot"
            logScale
            series={[0.01, 0.08, 0.195].map((lr) => ({
              name: `η = ${lr}`,
              values: descentPath(surfaces.elongated, [-2.6, 1], lr, 60).points.map(([x, y]) =>
                surfaces.elongated.f(x, y),
              ),
            }))}
          />
        </section>

        <section id="exercise" aria-labelledby="exercise-h">
          <h2 id="exercise-h">Exercise</h2>
          <Callout kind="tip">
            <MathText text="Differentiate each term: $\frac{d}{dw}(w x_i - y_i)^2 = 2 (w x_i - y_i) x_i$." />
          </Callout>
          <ExerciseDemo />
        </section>

        <section id="results" aria-labelledby="results-h">
          <h2 id="results-h">Grade results</h2>
          <GradeResultPanel
            result={sampleResults.mixed}
            attemptsLeft={2}
            title="Every kind of test result"
          />
          <GradeResultPanel
            result={sampleResults.ungradable}
            attemptsLeft={null}
            title="Code that does not compile"
          />
          <Callout kind="warning" title="Time-outs are results too">
            A loop that never ends is stopped and reported, never a hang.
          </Callout>
        </section>

        <LessonNav
          previous={{ href: '#quiz', title: 'Why calculus?' }}
          next={{ href: '#plots', title: 'Derivatives as limits' }}
          position="Lesson 1 of 8"
        />
      </main>
    </>
  );
}

const rootEl = document.getElementById('root');
if (rootEl)
  createRoot(rootEl).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
