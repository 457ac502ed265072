import { compile, run } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { ContentError } from './content-error';
import { mdxErrorPlace } from './mdx-error-place';
import { rehypeScrollableFocusable } from './rehype-scrollable-focusable';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkKnownComponents } from './remark-known-components';
import { remarkLessonLinks } from './remark-lesson-links';

export interface CompileOptions {
  /** JSX components lessons may use; any other capitalised tag is an error at its line. */
  components: readonly string[];
}

/**
 * Compiles a lesson's MDX body to a React component on the server: GFM, `$…$`/`$$…$$` math
 * rendered to HTML by KaTeX (no KaTeX JavaScript reaches the browser), highlighted code, an
 * id on every heading (`## The gradient` → `#the-gradient`, see heading-ids.ts).
 * Any problem — MDX syntax, bad math, an unknown component — throws a {@link ContentError}
 * naming file, line and column.
 */
export async function compileMdx(
  file: string,
  body: string,
  options: CompileOptions,
): Promise<MDXContent> {
  let code: string;
  try {
    const output = await compile(
      { path: file, value: body },
      {
        outputFormat: 'function-body',
        remarkPlugins: [
          remarkGfm,
          remarkMath,
          [remarkKnownComponents, options.components],
          remarkLessonLinks,
          remarkHeadingIds,
        ],
        rehypePlugins: [
          [rehypeKatex, { strict: 'ignore' }],
          [rehypeHighlight, { detect: false }],
          rehypeScrollableFocusable,
        ],
      },
    );
    const katexProblem = output.messages.find((message) => message.source === 'rehype-katex');
    if (katexProblem) throw katexProblem;
    code = String(output.value);
  } catch (error) {
    throw toContentError(file, error);
  }
  const module = await run(code, { ...runtime, baseUrl: import.meta.url });
  return module.default;
}

function toContentError(file: string, error: unknown): ContentError {
  if (error instanceof ContentError) return error;
  const { line, column, reason } = mdxErrorPlace(error);
  return new ContentError(file, line ?? undefined, column ?? undefined, reason);
}
