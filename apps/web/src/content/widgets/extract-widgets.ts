import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { ContentError } from '../content-error';
import { isPlotWidget, validatePlotProps } from './plot-props';
import { isPracticeWidget, PRACTICE_WIDGETS, type PracticeSpec } from './practice-registry';

export interface PracticeWidget {
  /** the author's `id`, unique within the lesson: the key under which answers are stored */
  id: string;
  practice: PracticeSpec;
  line: number;
  column: number;
}

export interface ExerciseReference {
  id: string;
  line: number;
  column: number;
}

export interface LessonWidgets {
  practice: PracticeWidget[];
  exercises: ExerciseReference[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Finds the widgets in a lesson's MDX and evaluates their props as the MDX runtime would (a
 * prop is a string or a JavaScript expression: content is trusted, it comes from git), then
 * validates each practice widget against its spec schema and each plot's props against its
 * presets. The first problem throws a {@link ContentError} at the element's line and column.
 */
export function extractWidgets(file: string, body: string): LessonWidgets {
  const { widgets, problems } = scanWidgets(file, body);
  if (problems[0]) throw problems[0];
  return widgets;
}

/** Like {@link extractWidgets}, but returns every widget problem instead of throwing. */
export function scanWidgets(
  file: string,
  body: string,
): { widgets: LessonWidgets; problems: ContentError[] } {
  const processor = createProcessor({ remarkPlugins: [remarkGfm, remarkMath] });
  let tree: Root;
  try {
    tree = processor.parse({ path: file, value: body }) as Root;
  } catch (error) {
    const message = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = message.reason ?? String(message.message);
    // An error at the end of the document names the opening tag's place only in its reason.
    const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    const problem = new ContentError(
      file,
      message.line ?? (inReason ? Number(inReason[1]) : undefined),
      message.column ?? (inReason ? Number(inReason[2]) : undefined),
      reason,
    );
    return { widgets: { practice: [], exercises: [] }, problems: [problem] };
  }
  const practice: PracticeWidget[] = [];
  const exercises: ExerciseReference[] = [];
  const problems: ContentError[] = [];
  const seen = new Map<string, number>();

  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    const name = element.name ?? '';
    const line = element.position?.start.line ?? 1;
    const column = element.position?.start.column ?? 1;
    const fail = (reason: string): never => {
      throw new ContentError(file, line, column, `<${name}> ${reason}`);
    };
    try {
      if (isPlotWidget(name)) {
        const issues = validatePlotProps(name, evaluateProps(element, fail));
        for (const issue of issues)
          problems.push(
            new ContentError(file, line, column, `<${name}> prop ${issue.prop}: ${issue.message}`),
          );
        return;
      }
      if (!isPracticeWidget(name) && name !== 'Exercise') return;

      const props = evaluateProps(element, fail);
      const id = props.id;
      if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
        fail('needs an id="kebab-case-name" (answers and progress are stored under it)');
      }
      const first = seen.get(id as string);
      if (first !== undefined) fail(`id "${id}" is already used on line ${first}`);
      seen.set(id as string, line);

      if (name === 'Exercise') {
        exercises.push({ id: id as string, line, column });
        return;
      }
      const validation = PRACTICE_WIDGETS[name as keyof typeof PRACTICE_WIDGETS].validate(props);
      if (!validation.ok) {
        for (const issue of validation.issues)
          problems.push(
            new ContentError(file, line, column, `<${name}> prop ${issue.prop}: ${issue.message}`),
          );
      } else {
        practice.push({
          id: id as string,
          practice: { widget: name, spec: validation.spec } as PracticeSpec,
          line,
          column,
        });
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error);
    }
  });
  return { widgets: { practice, exercises }, problems };
}

function evaluateProps(
  element: JsxElement,
  fail: (reason: string) => never,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute')
      fail('spread props ({...x}) are not supported');
    else if (attribute.value === null || attribute.value === undefined)
      props[attribute.name] = true;
    else if (typeof attribute.value === 'string') props[attribute.name] = attribute.value;
    else {
      try {
        props[attribute.name] = new Function(`"use strict"; return (${attribute.value.value});`)();
      } catch (error) {
        fail(
          `prop ${attribute.name}: the expression does not evaluate: ${(error as Error).message}`,
        );
      }
    }
  }
  return props;
}
