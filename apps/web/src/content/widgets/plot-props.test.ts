import { surfaces } from '@slope/ui/contour-plot';
import { functionPresets } from '@slope/ui/function-plot';
import { describe, expect, it } from 'vitest';
import { FUNCTION_PRESETS, SURFACE_PRESETS, validatePlotProps } from './plot-props';

describe('validatePlotProps', () => {
  it('names the same presets as @slope/ui', () => {
    expect([...FUNCTION_PRESETS].sort()).toEqual(Object.keys(functionPresets).sort());
    expect([...SURFACE_PRESETS].sort()).toEqual(Object.keys(surfaces).sort());
  });

  it.each([
    { name: 'FunctionPlot', props: { fn: 'square', secant: true }, expected: [] },
    { name: 'FunctionPlot', props: { fn: 'cube' }, expected: ['fn: unknown function "cube"'] },
    { name: 'FunctionPlot', props: { fn: 'x^2*sin(x)', secant: true }, expected: [] },
    { name: 'FunctionPlot', props: { fn: '\\frac{1}{1+e^{-x}}' }, expected: [] },
    {
      name: 'FunctionPlot',
      props: { fn: 'x^2 + y' },
      expected: [
        'fn: unknown function "x^2 + y": use one of square, cubic, sin, exp, sigmoid, loss, or a formula in x ("y" is not a name this question knows',
      ],
    },
    {
      name: 'FunctionPlot',
      props: { fn: 'ln(-x^2 - 1)' },
      expected: [
        'fn: unknown function "ln(-x^2 - 1)": use one of square, cubic, sin, exp, sigmoid, loss, or a formula in x (it is undefined over most of x',
      ],
    },
    { name: 'FunctionPlot', props: {}, expected: ['fn: is required: use one of square'] },
    { name: 'FunctionPlot', props: { fn: 'sin', x: [2, 1] }, expected: ['x: must be [min, max]'] },
    { name: 'ContourPlot', props: { surface: 'bowl', learningRate: 0.1 }, expected: [] },
    { name: 'ContourPlot', props: { surface: 'saddle' }, expected: ['surface: unknown surface'] },
    {
      name: 'LineChart',
      props: { title: 'Loss', series: [{ name: 'a', values: [1, 0.5] }], logScale: true },
      expected: [],
    },
    { name: 'LineChart', props: { title: 'Loss', series: [] }, expected: ['series: must have'] },
    {
      name: 'LineChart',
      props: { title: 'Loss', series: [{ name: 'a', values: [] }] },
      expected: ['series[0].values: must not be empty'],
    },
    {
      name: 'LineChart',
      props: { title: 'Loss', series: [{ name: 'a', values: [1, Number.NaN] }] },
      expected: ['series[0].values[1]: must be a finite number'],
    },
    {
      name: 'LineChart',
      props: { title: 'Loss', series: [{ name: 'a', values: [1] }], colour: 'red' },
      expected: ['colour: is not a prop of <LineChart>'],
    },
  ] as const)('$name $props', ({ name, props, expected }) => {
    const issues = validatePlotProps(name, props).map((i) => `${i.prop}: ${i.message}`);
    expect(issues).toHaveLength(expected.length);
    for (const [k, start] of expected.entries()) expect(issues[k]).toContain(start);
  });
});
