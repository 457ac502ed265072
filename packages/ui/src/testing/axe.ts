import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe (WCAG 2 A/AA rules) on a rendered widget. Colour contrast is left to the browser
 * tests: jsdom computes no styles.
 */
export async function expectNoAxeViolations(node: Element = document.body): Promise<void> {
  const results = await axe.run(node, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
