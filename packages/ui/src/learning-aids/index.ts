export { LearningAids, type LearningAidsProps } from './learning-aids.tsx';
export type { LearningAidsView, OpenHint } from './types.ts';
