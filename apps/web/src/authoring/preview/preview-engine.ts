import { evaluate } from '@mdx-js/mdx';
import { useMDXComponents } from '@mdx-js/react';
import { Callout } from '@slope/ui/callout';
import { ContourPlot } from '@slope/ui/contour-plot';
import { FunctionPlot } from '@slope/ui/function-plot';
import { LineChart } from '@slope/ui/line-chart';
import type { Root } from 'hast';
import type { MDXComponents, MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { VFile } from 'vfile';
import { rehypeScrollableFocusable } from '../../content/rehype-scrollable-focusable';
import { remarkKnownComponents } from '../../content/remark-known-components';
import { LESSON_COMPONENTS } from '../../content/widgets/component-names';
import { type PreviewIssue, toPreviewIssue } from './preview-issue';
import {
  PreviewExercise,
  PreviewFormulaAnswer,
  PreviewMatch,
  PreviewMatrixAnswer,
  PreviewNumericAnswer,
  PreviewOrdering,
  PreviewQuiz,
} from './preview-practice';
import { remarkPreviewWidgets } from './remark-preview-widgets';

/**
 * The heavy half of the preview — the MDX compiler, remark/rehype plugins, KaTeX, highlight.js
 * and the widgets — loaded with `import()` by the editor, so it lands in a chunk only
 * /author/preview asks for.
 */

/** The real widgets, handed to the compiled draft through `MDXProvider`. */
export const previewComponents = {
  Quiz: PreviewQuiz,
  Ordering: PreviewOrdering,
  Match: PreviewMatch,
  FormulaAnswer: PreviewFormulaAnswer,
  NumericAnswer: PreviewNumericAnswer,
  MatrixAnswer: PreviewMatrixAnswer,
  FunctionPlot,
  ContourPlot,
  LineChart,
  Callout,
  Exercise: PreviewExercise,
} satisfies MDXComponents & Record<(typeof LESSON_COMPONENTS)[number], unknown>;

export type PreviewResult =
  | { ok: true; Content: MDXContent }
  | { ok: false; issues: PreviewIssue[] };

/**
 * Compiles and runs a draft's MDX body (front matter already blanked out) with the lesson
 * pipeline: GFM, math rendered by KaTeX, highlighted code, unknown components refused. Widget
 * spec problems and math that does not parse are errors too, each at its line.
 */
export async function compilePreview(body: string): Promise<PreviewResult> {
  const issues: PreviewIssue[] = [];
  let Content: MDXContent;
  try {
    const module = await evaluate(body, {
      ...runtime,
      useMDXComponents,
      remarkPlugins: [
        remarkGfm,
        remarkMath,
        [remarkKnownComponents, LESSON_COMPONENTS],
        [remarkPreviewWidgets, issues],
      ],
      rehypePlugins: [
        [rehypeKatex, { strict: 'ignore' }],
        [rehypeKatexIssues, issues],
        [rehypeHighlight, { detect: false }],
        rehypeScrollableFocusable,
      ],
    });
    Content = module.default;
  } catch (error) {
    return { ok: false, issues: [toPreviewIssue(error)] };
  }
  if (issues.length > 0) {
    return {
      ok: false,
      issues: issues.sort(
        (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
      ),
    };
  }
  return { ok: true, Content };
}

/** rehype-katex reports bad math as a warning and renders it in red; the preview lists it. */
function rehypeKatexIssues(issues: PreviewIssue[]) {
  return (_tree: Root, file: VFile) => {
    for (const message of file.messages) {
      if (message.source === 'rehype-katex') issues.push(toPreviewIssue(message));
    }
  };
}
