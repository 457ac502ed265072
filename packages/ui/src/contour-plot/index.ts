'use client';
export { contourPaths } from './contour-paths.ts';
export { ContourPlot, type ContourPlotProps } from './contour-plot.tsx';
export {
  descentPath,
  type PathVerdict,
  type Surface,
  type SurfaceName,
  surfaces,
} from './surfaces.ts';
