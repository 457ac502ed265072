'use client';
export { Quiz, type QuizComponentProps } from './quiz.tsx';
export type { QuizAnswer, QuizChoiceFeedback, QuizFeedback, QuizProps } from './spec.ts';
