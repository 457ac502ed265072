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

interface MessageLike {
  line?: number | null;
  column?: number | null;
  reason?: string;
  message?: string;
  source?: string | null;
  cause?: unknown;
}

/**
 * Turns what the MDX compiler throws (a VFileMessage, or a plain error) into an issue at its
 * line. Errors at the end of the document ("Expected a closing tag for `<div>` (5:1-5:6)")
 * carry no place of their own; the opening tag's place is in the reason.
 */
export function toPreviewIssue(error: unknown): PreviewIssue {
  const message = (typeof error === 'object' && error !== null ? error : {}) as MessageLike;
  const cause = message.cause as { message?: string } | undefined;
  const reason =
    message.source === 'rehype-katex'
      ? `math does not parse: ${cause?.message ?? message.reason}`
      : (message.reason ?? message.message ?? String(error));
  const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  const line = message.line ?? (inReason ? Number(inReason[1]) : null);
  const column = message.column ?? (inReason ? Number(inReason[2]) : null);
  return { line, column, reason };
}
