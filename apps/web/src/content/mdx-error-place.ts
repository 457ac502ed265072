/** What the MDX compiler throws (a VFileMessage) or reports, reduced to a place and a reason. */
export interface MdxErrorPlace {
  line: number | null;
  column: number | null;
  reason: string;
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
 * The line, column and reason of an MDX compile problem, for the build's file:line:column
 * errors and for the author preview. Errors at the end of the document ("Expected a closing
 * tag for `<div>` (5:1-5:6)") carry no place of their own; the opening tag's place is in the
 * reason. No Node APIs: the preview runs this in the browser.
 */
export function mdxErrorPlace(error: unknown): MdxErrorPlace {
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
