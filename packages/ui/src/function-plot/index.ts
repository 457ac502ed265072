'use client';
export { FunctionPlot, type FunctionPlotProps } from './function-plot.tsx';
export {
  centralDifference,
  type FunctionPreset,
  type FunctionPresetName,
  functionPresets,
  secantSlope,
} from './presets.ts';
