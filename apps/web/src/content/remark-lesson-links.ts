import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { lessonLinkHref, lessonLinkTarget } from './lesson-links';

/**
 * Rewrites relative links between lessons (`[the chain rule](../06-chain-rule-and-backprop)`,
 * which work when reading the files on GitHub) to the lesson's URL on the site. content:check
 * makes sure the target exists.
 */
export function remarkLessonLinks() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      if (!/^\.\.?\//.test(node.url)) return;
      const target = lessonLinkTarget(node.url, file.path);
      if (target) node.url = lessonLinkHref(target);
    });
  };
}
