import styles from './preview.module.css';
import { formatIssue, type PreviewIssue } from './preview-issue';

export interface ProblemListProps {
  issues: readonly PreviewIssue[];
  /** whether an earlier version of the draft is still on show */
  showingLastGood: boolean;
  goTo(line: number, column: number): void;
}

/** The draft's problems, each at its line; choosing one puts the caret there. */
export function ProblemList({ issues, showingLastGood, goTo }: ProblemListProps) {
  return (
    <div className={styles.issues}>
      <p>
        {issues.length === 1
          ? 'The draft has a problem'
          : `The draft has ${issues.length} problems`}
        {showingLastGood ? '; the preview shows the last version that worked.' : '.'}
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.line}:${issue.column}:${issue.reason}`}>
            {issue.line === null ? (
              formatIssue(issue)
            ) : (
              <button
                type="button"
                className={styles.issueButton}
                onClick={() => goTo(issue.line ?? 1, issue.column ?? 1)}
              >
                {formatIssue(issue)}
                <span className="slope-sr-only"> (go to this line in the editor)</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
