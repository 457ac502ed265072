'use client';
export { LineChart, type LineChartProps } from './line-chart.tsx';
export { type ChartSeries, formatValue, summarize } from './series-summary.ts';
