'use client';
export { MathInput, type MathInputFormat, type MathInputProps } from './math-input.tsx';
export { MathPreview, type MathPreviewProps } from './math-preview.tsx';
export { type MathInputMode, MODE_STORAGE_KEY } from './mode-preference.ts';
