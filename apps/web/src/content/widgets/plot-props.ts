import { compilePlotFunction } from '@slope/ui/function-plot/expression';
import { z } from 'zod';

/**
 * The plot widgets a lesson can use and the props MDX may pass them. Plots take serialisable
 * props only (a server component renders them), so functions and surfaces are chosen by
 * preset name — or, for a function, written as a formula in x (`fn="x^2*sin(x)"`), read by the
 * formula answers' parser; a test keeps the names in step with @slope/ui's presets. Used by
 * extractWidgets (content:check) and by the lesson components when they render, so both agree.
 */
export const FUNCTION_PRESETS = ['square', 'cubic', 'sin', 'exp', 'sigmoid', 'loss'] as const;

/** A preset's name, or else a formula in x. */
export function isFunctionPreset(fn: string): fn is (typeof FUNCTION_PRESETS)[number] {
  return (FUNCTION_PRESETS as readonly string[]).includes(fn);
}
export const SURFACE_PRESETS = ['bowl', 'elongated', 'rosenbrock'] as const;

const finite = z.number({ error: 'must be a finite number' }).finite('must be a finite number');
const range = z
  .tuple([finite, finite], { error: 'must be [min, max]' })
  .refine(([min, max]) => min < max, 'must be [min, max] with min < max');
const text = z.string({ error: 'must be text' }).min(1, 'must not be empty');
const positive = finite.positive('must be positive');

const presetOrFormula = z
  .string({ error: `is required: use one of ${FUNCTION_PRESETS.join(', ')}, or a formula in x` })
  .superRefine((fn, ctx) => {
    if (isFunctionPreset(fn)) return;
    try {
      compilePlotFunction(fn, [-3, 3]);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown function ${JSON.stringify(fn)}: use one of ${FUNCTION_PRESETS.join(', ')}, or a formula in x (${(error as Error).message})`,
      });
    }
  });

const functionPlotSchema = z.strictObject({
  fn: presetOrFormula,
  tex: text.optional(),
  x: range.optional(),
  y: range.optional(),
  x0: finite.optional(),
  secant: z.boolean().optional(),
  h: positive.optional(),
  xLabel: text.optional(),
  yLabel: text.optional(),
  height: positive.optional(),
  title: text.optional(),
});

const contourPlotSchema = z.strictObject({
  surface: z.enum(SURFACE_PRESETS, {
    error: (issue) =>
      `${issue.input === undefined ? 'is required' : `unknown surface ${JSON.stringify(issue.input)}`}: use one of ${SURFACE_PRESETS.join(', ')}`,
  }),
  learningRate: positive.optional(),
  steps: z.number().int('must be a whole number').positive('must be positive').optional(),
  title: text.optional(),
  arrows: z.boolean().optional(),
});

const values = z
  .array(finite, { error: 'must be an array of numbers' })
  .min(1, 'must not be empty');

const lineChartSchema = z.strictObject({
  title: text,
  series: z
    .array(z.strictObject({ name: text, values }), { error: 'must be an array of series' })
    .min(1, 'must have at least one series'),
  x: values.optional(),
  xLabel: text.optional(),
  yLabel: text.optional(),
  logScale: z.boolean().optional(),
  height: positive.optional(),
});

export const PLOT_WIDGETS = {
  FunctionPlot: functionPlotSchema,
  ContourPlot: contourPlotSchema,
  LineChart: lineChartSchema,
} as const;

export type PlotWidgetName = keyof typeof PLOT_WIDGETS;

export interface PlotIssue {
  /** the prop path, e.g. `series[1].values[3]` */
  prop: string;
  message: string;
}

export function isPlotWidget(name: string): name is PlotWidgetName {
  return Object.hasOwn(PLOT_WIDGETS, name);
}

/**
 * Every problem with a plot's authored props, by prop; empty when they are fine.
 *
 * @example
 * validatePlotProps('FunctionPlot', { fn: 'cube' });
 * // [{ prop: 'fn', message: 'unknown function "cube": use one of square, cubic, …' }]
 */
export function validatePlotProps(name: PlotWidgetName, props: unknown): PlotIssue[] {
  const parsed = PLOT_WIDGETS[name].safeParse(props);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          prop: propPath([...issue.path, key]),
          message: `is not a prop of <${name}>`,
        }))
      : [{ prop: propPath(issue.path), message: issue.message }],
  );
}

function propPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(props)';
}
