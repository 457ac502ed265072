import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Code blocks, display math and tables scroll sideways when they are wider than the column, so
 * the page never does. Each is marked as a scroll region and starts focusable, so keyboard
 * users can scroll it (WCAG "scrollable region must have keyboard access") even without
 * JavaScript; in the browser `ScrollRegionFocus` keeps only the regions that really scroll in
 * the Tab order. A table gets a wrapper to scroll in (a table itself does not scroll), named by
 * its header row.
 */
export function rehypeScrollableFocusable() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const classes = node.properties.className;
      const isDisplayMath = Array.isArray(classes) && classes.includes('katex-display');
      if (node.tagName === 'pre' || isDisplayMath) {
        node.properties.tabIndex = 0;
        node.properties.dataScrollRegion = '';
        return;
      }
      if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            role: 'region',
            ariaLabel: `Table: ${headerText(node)}`,
            tabIndex: 0,
            dataScrollRegion: '',
          },
          children: [node],
        };
        return 'skip';
      }
    });
  };
}

/** "h, forward difference, error": the text of a table's first row. */
function headerText(table: Element): string {
  let row: Element | undefined;
  visit(table, 'element', (node: Element) => {
    if (node.tagName !== 'tr') return;
    row = node;
    return false;
  });
  const cells = (row?.children ?? []).filter((c): c is Element => c.type === 'element');
  return cells
    .map((cell) => textOf(cell).trim())
    .filter(Boolean)
    .join(', ');
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  // KaTeX keeps the TeX source in an annotation beside the MathML and HTML renderings.
  const classes = node.properties.className;
  if (Array.isArray(classes) && classes.includes('katex-html')) return '';
  if (node.tagName === 'annotation') return '';
  return node.children.map(textOf).join('');
}
