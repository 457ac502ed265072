import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

/**
 * The Markdown tree of an MDX body, parsed as `compileMdx` parses it (GFM, math) but not
 * compiled: for checks that read links and headings. Throws on an MDX syntax error.
 */
export function parseMdxTree(file: string, body: string): Root {
  return createProcessor({ remarkPlugins: [remarkGfm, remarkMath] }).parse({
    path: file,
    value: body,
  }) as Root;
}
