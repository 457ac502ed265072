import type { PreviewIssue } from './preview-issue';

export interface SplitSource {
  /** the MDX body with the front matter replaced by blank lines, so line numbers still match */
  body: string;
  /** the `title:` of the front matter, when there is one */
  title: string | null;
  /** a front matter block that is opened but never closed */
  issue: PreviewIssue | null;
}

const OPEN = /^---\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Strips a leading `---` front matter block from a lesson's source, keeping line numbers (the
 * block becomes blank lines), and reads its title. Only `title` is needed in the preview, so
 * this reads that one line instead of shipping a YAML parser to the browser.
 *
 * @example splitFrontMatter('---\ntitle: Limits\n---\n# Hi').body // '\n\n\n# Hi'
 */
export function splitFrontMatter(source: string): SplitSource {
  if (!OPEN.test(source)) return { body: source, title: null, issue: null };
  const close = CLOSE.exec(source.slice(3));
  if (!close) {
    return {
      body: source,
      title: null,
      issue: {
        line: 1,
        column: 1,
        reason: 'the front matter is never closed: end it with a line holding only ---',
      },
    };
  }
  const end = 3 + close.index + close[0].length;
  const block = source.slice(0, end);
  const lines = block.split('\n').length - 1;
  return { body: '\n'.repeat(lines) + source.slice(end), title: titleOf(block), issue: null };
}

function titleOf(block: string): string | null {
  const match = /^title:[ \t]*(.*?)[ \t]*$/m.exec(block);
  if (!match?.[1]) return null;
  const raw = match[1];
  const quoted = /^(['"])(.*)\1$/.exec(raw);
  return quoted ? (quoted[2] ?? '') : raw;
}
