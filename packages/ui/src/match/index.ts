'use client';
export { Match, type MatchComponentProps } from './match.tsx';
export type { MatchAnswer, MatchFeedback, MatchPairFeedback, MatchProps } from './spec.ts';
