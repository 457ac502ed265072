import type { Root } from 'mdast';
import { eachHeading } from './heading-ids';

/** Gives every heading its id on the page, so a link can point at a lesson's section. */
export function remarkHeadingIds() {
  return (tree: Root) =>
    eachHeading(tree, (node, { id }) => {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
}
