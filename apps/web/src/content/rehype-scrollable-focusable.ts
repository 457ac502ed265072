import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Code blocks and display math scroll sideways when they are wider than the column; make them
 * focusable so keyboard users can scroll them too (WCAG "scrollable region must have keyboard
 * access").
 */
export function rehypeScrollableFocusable() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      const isDisplayMath = Array.isArray(classes) && classes.includes('katex-display');
      if (node.tagName === 'pre' || isDisplayMath) node.properties.tabIndex = 0;
    });
  };
}
