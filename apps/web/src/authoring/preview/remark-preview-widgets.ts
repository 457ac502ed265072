import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { isPracticeName, PRACTICE_VALIDATORS } from './practice-specs';
import type { PreviewIssue } from './preview-issue';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Checks the widgets of a draft the way `content:check` checks a lesson: practice widgets and
 * exercises need a unique kebab-case `id`, and a practice widget's props must satisfy its spec
 * schema. Every problem goes into `issues` at the element's line, so the author sees them all
 * at once, like compile errors.
 */
export function remarkPreviewWidgets(issues: PreviewIssue[]) {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as JsxElement;
      const name = element.name ?? '';
      if (!isPracticeName(name) && name !== 'Exercise') return;
      const line = element.position?.start.line ?? 1;
      const column = element.position?.start.column ?? 1;
      const report = (reason: string) =>
        issues.push({ line, column, reason: `<${name}> ${reason}` });

      const props = evaluateProps(element, report);
      if (!props) return;
      const id = props.id;
      if (typeof id !== 'string' || !ID.test(id)) {
        report('needs an id="kebab-case-name" (answers and progress are stored under it)');
      } else {
        const first = seen.get(id);
        if (first !== undefined) report(`id "${id}" is already used on line ${first}`);
        else seen.set(id, line);
      }
      if (name === 'Exercise') return;
      const validation = PRACTICE_VALIDATORS[name](props);
      if (!validation.ok) {
        for (const issue of validation.issues) report(`prop ${issue.prop}: ${issue.message}`);
      }
    });
  };
}

/**
 * Evaluates the props as the MDX runtime will: a string, a bare flag, or a JavaScript
 * expression. This runs the author's own draft in the author's own browser, exactly as the
 * compiled MDX does a moment later.
 */
function evaluateProps(
  element: JsxElement,
  report: (reason: string) => void,
): Record<string, unknown> | null {
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report('spread props ({...x}) are not supported');
      return null;
    }
    if (attribute.value === null || attribute.value === undefined) props[attribute.name] = true;
    else if (typeof attribute.value === 'string') props[attribute.name] = attribute.value;
    else {
      try {
        props[attribute.name] = new Function(`"use strict"; return (${attribute.value.value});`)();
      } catch (error) {
        report(
          `prop ${attribute.name}: the expression does not evaluate: ${(error as Error).message}`,
        );
        return null;
      }
    }
  }
  return props;
}
