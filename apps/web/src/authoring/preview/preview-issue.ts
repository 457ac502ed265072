import { mdxErrorPlace } from '../../content/mdx-error-place';

/**
 * A problem in the draft, at its place in the editor (1-based). An error thrown while the
 * compiled draft runs (an export reading an undefined name) has no place: line is null.
 */
export interface PreviewIssue {
  line: number | null;
  column: number | null;
  reason: string;
}

/** `line 4, column 3: Unexpected character` */
export function formatIssue(issue: PreviewIssue): string {
  if (issue.line === null) return `while running the draft: ${issue.reason}`;
  return `line ${issue.line}, column ${issue.column ?? 1}: ${issue.reason}`;
}

/** Turns what the MDX compiler throws or reports into an issue at its line. */
export function toPreviewIssue(error: unknown): PreviewIssue {
  return mdxErrorPlace(error);
}
