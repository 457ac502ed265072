'use client';
export { MathEntry, type MathEntryProps } from './math-entry.tsx';
export { MathInput, type MathInputFormat, type MathInputProps } from './math-input.tsx';
export { MathModeControls } from './math-mode-controls.tsx';
export { MathPreview, type MathPreviewProps } from './math-preview.tsx';
export { type MathInputMode, MODE_STORAGE_KEY } from './mode-preference.ts';
export { type MathMode, useMathMode } from './use-math-mode.ts';
