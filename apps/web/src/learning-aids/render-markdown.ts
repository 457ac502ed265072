import type { Root as HastRoot } from 'hast';
import type { Heading, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { ContentError } from '../content/content-error';
import { rehypeScrollableFocusable } from '../content/rehype-scrollable-focusable';

/** One section of a learning-aid file: the text of its `##` heading and its body as HTML. */
export interface AidSection {
  title: string;
  html: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);
// Raw HTML in the Markdown is dropped (remark-rehype's default): an aid is text, math and code.
const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeKatex, { strict: 'ignore' })
  .use(rehypeHighlight, { detect: false })
  .use(rehypeScrollableFocusable)
  .use(rehypeStringify);

/**
 * Renders a Markdown aid (`hints.md`, `solution.md`) to HTML on the server, split at its
 * level-2 headings: GFM, `$…$`/`$$…$$` math by KaTeX, highlighted code. Text before the
 * first `##` heading belongs to a section with an empty title. Bad math throws a
 * {@link ContentError} at its file:line.
 *
 * @example
 * await renderSections('hints.md', '## Start small\nTry $n = 1$.')
 * // [{ title: 'Start small', html: '<p>Try <span class="katex">…</span>.</p>' }]
 */
export async function renderSections(file: string, markdown: string): Promise<AidSection[]> {
  const tree = parser.parse(markdown) as Root;
  const sections: { title: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      sections.push({ title: mdastToString(node), nodes: [] });
      continue;
    }
    const current = sections.at(-1) ?? { title: '', nodes: [] };
    if (sections.length === 0) sections.push(current);
    current.nodes.push(node);
  }
  return Promise.all(
    sections.map(async ({ title, nodes }) => ({
      title,
      html: await sectionHtml(file, { type: 'root', children: nodes }),
    })),
  );
}

/** Renders a whole Markdown aid to HTML on the server (as {@link renderSections} does). */
export function renderMarkdown(file: string, markdown: string): Promise<string> {
  return sectionHtml(file, parser.parse(markdown) as Root);
}

async function sectionHtml(file: string, root: Root): Promise<string> {
  const vfile = new VFile({ path: file });
  const hast = (await toHtml.run(root, vfile)) as HastRoot;
  // rehype-katex reports math it cannot render as a message (and renders it in red).
  const problem = vfile.messages.find((message) => message.source === 'rehype-katex');
  if (problem) {
    throw new ContentError(
      file,
      problem.line ?? undefined,
      problem.column ?? undefined,
      problem.reason,
    );
  }
  return toHtml.stringify(hast);
}
