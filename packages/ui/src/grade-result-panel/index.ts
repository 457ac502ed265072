'use client';
export { GradeResultPanel, type GradeResultPanelProps } from './grade-result-panel.tsx';
export { GradientDiagnosisView } from './gradient-diagnosis.tsx';
export type { MistakeHelp, MistakeHelpTable } from './mistake-help.ts';
