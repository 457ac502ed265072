import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Fails the compile at the first JSX element whose capitalised name is not a provided
 * component, so a typo (`<Quizz>`) is an author error at its line rather than a crash in the
 * learner's browser.
 */
export function remarkKnownComponents(known: readonly string[]) {
  const allowed = new Set(known);
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name;
      if (!name || !/^[A-Z]/.test(name) || allowed.has(name)) return;
      const list = allowed.size ? [...allowed].join(', ') : 'none yet';
      file.fail(`unknown component <${name}>; lessons can use: ${list}`, node);
    });
  };
}
