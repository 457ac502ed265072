import type { GradeResult } from '@slope/grader/grade-result';
import { sampleResults } from '../src/grade-result-panel/fixtures.ts';
import { checkMatch, type MatchAnswer, type MatchSpec } from '../src/match/spec.ts';
import { checkOrdering, type OrderingAnswer, type OrderingSpec } from '../src/ordering/spec.ts';
import { checkQuiz, type QuizAnswer, type QuizSpec } from '../src/quiz/spec.ts';

/**
 * An in-page stand-in for the web app's API, for the demo only: in Slope the specs (with their
 * keys) stay on the server and these checks run there.
 */
const attempts = new Map<string, number>();
const next = (id: string) => {
  const n = (attempts.get(id) ?? 0) + 1;
  attempts.set(id, n);
  return n;
};
const latency = () => new Promise((r) => setTimeout(r, 120));

export const fakeServer = {
  async checkQuiz(spec: QuizSpec, answer: QuizAnswer) {
    await latency();
    return checkQuiz(spec, answer, { attemptsUsed: next(spec.id ?? 'quiz') });
  },
  async checkOrdering(spec: OrderingSpec, answer: OrderingAnswer) {
    await latency();
    return checkOrdering(spec, answer, { attemptsUsed: next(spec.id ?? 'ordering') });
  },
  async checkMatch(spec: MatchSpec, answer: MatchAnswer) {
    await latency();
    return checkMatch(spec, answer, { attemptsUsed: next(spec.id ?? 'match') });
  },
  /** Pretends to queue and grade: correct-looking code gets full marks, anything else the sample. */
  async grade(code: string, onStatus: (s: 'queued' | 'running') => void): Promise<GradeResult> {
    onStatus('queued');
    await new Promise((r) => setTimeout(r, 400));
    onStatus('running');
    await new Promise((r) => setTimeout(r, 500));
    return /2\s*\*/.test(code) && !/return 0;/.test(code)
      ? sampleResults.allPassed
      : sampleResults.mixed;
  },
};
