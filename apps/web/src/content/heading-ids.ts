import type { Heading, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A heading of a lesson and the id it has on the lesson page (the `#anchor` of a link). */
export interface LessonHeading {
  id: string;
  text: string;
  depth: number;
  line: number;
}

/**
 * The id of a heading with this text, as GitHub makes it: lower case, punctuation dropped,
 * each space a hyphen.
 *
 * @example
 * headingSlug('4. Hunt NaNs and Infs') // '4-hunt-nans-and-infs'
 */
export function headingSlug(text: string): string {
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
  return slug || 'section';
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}

/** Every heading with its id; a repeated title gets `-1`, `-2`… as on GitHub. */
export function eachHeading(tree: Root, visitor: (node: Heading, heading: LessonHeading) => void) {
  const seen = new Map<string, number>();
  visit(tree, 'heading', (node) => {
    const text = textOf(node).trim();
    const base = headingSlug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const id = count === 0 ? base : `${base}-${count}`;
    visitor(node, { id, text, depth: node.depth, line: node.position?.start.line ?? 1 });
  });
}

/** The headings of a parsed lesson, in order, with their ids. */
export function headingsOf(tree: Root): LessonHeading[] {
  const headings: LessonHeading[] = [];
  eachHeading(tree, (_, heading) => headings.push(heading));
  return headings;
}
